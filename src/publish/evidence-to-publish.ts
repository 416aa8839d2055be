import { readFile } from 'node:fs/promises'
import { InputError, InputErrors } from '../contract/errors.js'
import { verifyEvidence } from '../engine/evidence.js'
import type { EvidenceRecord, GateId, GateProblem } from '../contract/types.js'

/** What evidence must be about to be published by this run. */
export interface PublishTarget {
  gate: GateId
  /** The repository of this run (GITHUB_REPOSITORY). */
  repository: string
  /** The commit this run is about: a workflow_run's head commit, else GITHUB_SHA (what a judging job of this run records). */
  sha: string
}

/**
 * Reads evidence that another job judged (publish-evidence), for publishing
 * without judging. Nothing is published unless it passes every check:
 * - valid against evidence.schema.json, with a digest that matches its
 *   content (so a changed verdict or check is caught);
 * - about the gate this step names;
 * - judged in GitHub Actions, for this repository, on the commit this run is
 *   about (a workflow_run follow-up: the triggering run's head commit), so a
 *   verdict on another commit never lands on this one.
 * Every problem is an InputError naming the file, what was expected and
 * what was found.
 */
export async function loadEvidenceToPublish(
  path: string,
  display: string,
  want: PublishTarget,
): Promise<EvidenceRecord> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError({
      file: display,
      message: 'Cannot read the evidence to publish',
      expected:
        "the evidence file the judging job wrote (its evidence-path, downloaded from that job's artifact)",
      found: code === 'ENOENT' ? 'no such file' : (code ?? 'an unreadable file'),
    })
  }
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch (error) {
    throw new InputError({
      file: display,
      message: 'The evidence to publish is not JSON',
      expected: 'an evidence record (JSON)',
      found: (error as Error).message,
    })
  }
  const invalid = verifyEvidence(record, display)
  if (invalid.length > 0) {
    throw new InputErrors(
      invalid.map((message) => ({
        file: display,
        message: `Refusing to publish evidence that does not verify: ${message}`,
        expected: 'evidence valid against evidence.schema.json whose digest matches its content',
      })),
    )
  }
  const evidence = record as EvidenceRecord
  const problems: GateProblem[] = []
  const c = evidence.context
  if (evidence.gate !== want.gate)
    problems.push({
      file: display,
      message: 'The evidence is for another gate',
      expected: want.gate,
      found: evidence.gate,
    })
  if (c.mode !== 'actions')
    problems.push({
      file: display,
      message: 'The evidence was not judged in GitHub Actions',
      expected: 'evidence from a job of this workflow run',
      found: `a ${c.mode} run`,
    })
  else {
    if (c.repository !== want.repository)
      problems.push({
        file: display,
        message: 'The evidence was judged for another repository',
        expected: want.repository,
        found: String(c.repository),
      })
    if (c.sha !== want.sha)
      problems.push({
        file: display,
        message: 'The evidence was judged on another commit',
        expected: `commit ${want.sha}, the one this run is about`,
        found: `commit ${String(c.sha)}`,
      })
  }
  if (problems.length > 0)
    throw new InputErrors(
      problems.map((p) => ({ ...p, message: `Refusing to publish: ${p.message}` })),
    )
  return evidence
}
