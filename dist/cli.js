#!/usr/bin/env node
// The modelgate CLI: the same engine as the Action (dist/index.js).
import module from 'node:module'
import { homedir } from 'node:os'
import { join } from 'node:path'

try {
  module.enableCompileCache?.(
    process.env.NODE_COMPILE_CACHE ||
      join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'modelgate', 'node-compile-cache'),
  )
} catch {
  // No cache (a read-only home, say): the CLI runs the same, only slower to start.
}
const { runCli } = await import('./index.js')

process.exitCode = await runCli(process.argv.slice(2))
