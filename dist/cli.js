#!/usr/bin/env node
// The modelgate CLI: the same engine as the Action (dist/index.js).
import { runCli } from './index.js'

process.exitCode = await runCli(process.argv.slice(2))
