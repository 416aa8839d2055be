import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends every run with one line saying how many tests were skipped, and the
 * command that runs them. Tests skip only when a peer tool is missing on the
 * machine (the Python peers, Chromium, MLflow, actionlint); `npm run test:all`
 * installs those, as CI does, and runs everything. Where every test must run
 * (CI, and `npm run test:all`, which set MODELGATE_REQUIRE_ALL), a skipped
 * test fails the run and is named: a test never passes by being skipped.
 */
export default class SkipSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped: string[] = []
    let ran = 0
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'skipped')
          skipped.push(`${module.moduleId.replace(process.cwd() + '/', '')} > ${test.fullName}`)
        else if (state === 'passed' || state === 'failed') ran++
      }
    }
    const strict = Boolean(process.env.CI || process.env.MODELGATE_REQUIRE_ALL)
    if (skipped.length > 0 && strict) {
      for (const name of skipped.slice(0, 50)) process.stdout.write(`  skipped: ${name}\n`)
      process.stdout.write(
        `modelgate: ${skipped.length} test${skipped.length === 1 ? '' : 's'} skipped where every test must run: a peer tool is missing (see .ci/setup.sh)\n`,
      )
      process.exitCode = 1
      return
    }
    process.stdout.write(
      skipped.length === 0
        ? `modelgate: ${ran} tests ran, 0 skipped\n`
        : `modelgate: ${ran} tests ran, ${skipped.length} skipped (peer tools missing here); \`npm run test:all\` installs them and runs every test\n`,
    )
  }
}
