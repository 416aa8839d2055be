import type { EnvironmentReviewers, Reviewer } from './approvals.js'
import { DEFAULT_ENVIRONMENTS } from './approvals.js'

/**
 * What a repository needs for the template's workflows, as data: the
 * environments with their reviewers, the ruleset, the labels and the
 * variable. Pure: setup's adapter (apply.ts) compares each with what GitHub
 * has and writes only the differences.
 */

/** The check runs the gates create on a pull request (src/publish/github/check-run.ts names them). */
const REQUIRED_CHECKS = [
  'modelgate / G0 Data Quality',
  'modelgate / G1 Model Performance',
  'modelgate / G2 Security Review',
] as const

const RULESET_NAME = 'modelgate gates'
const TRUSTED_KEYS_VARIABLE = 'MODELGATE_TRUSTED_KEYS'

const LABELS = [
  {
    name: 'modelgate:drift',
    color: 'd93f0b',
    description: 'Drift on a production model (drift.yml)',
  },
  {
    name: 'modelgate:frozen',
    color: '5319e7',
    description: 'Production version frozen after drift',
  },
  { name: 'modelgate:retrain', color: '0e8a16', description: 'Pull request opened by retrain.yml' },
  {
    name: 'modelgate:rollback',
    color: 'b60205',
    description: 'Rollback and its root-cause analysis (rollback.yml)',
  },
] as const

interface EnvironmentPlan {
  name: string
  reviewers: Reviewer[]
}

export interface SetupPlan {
  environments: EnvironmentPlan[]
  ruleset: Record<string, unknown>
  labels: readonly { name: string; color: string; description: string }[]
  variable: { name: string; value: string }
}

/** The GitHub Actions app: the required checks must come from it (a check of the same name by another app does not count). */
const ACTIONS_APP_ID = 15368

function rulesetBody(): Record<string, unknown> {
  return {
    name: RULESET_NAME,
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
    rules: [
      {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: 1,
          require_code_owner_review: true,
          dismiss_stale_reviews_on_push: true,
          require_last_push_approval: true,
          required_review_thread_resolution: false,
        },
      },
      {
        type: 'required_status_checks',
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: REQUIRED_CHECKS.map((context) => ({
            context,
            integration_id: ACTIONS_APP_ID,
          })),
        },
      },
    ],
  }
}

export function makePlan(reviewers: EnvironmentReviewers, trustedKeys: string[]): SetupPlan {
  return {
    environments: (Object.keys(reviewers).length > 0
      ? Object.keys(reviewers)
      : DEFAULT_ENVIRONMENTS
    ).map((name) => ({ name, reviewers: reviewers[name] ?? [] })),
    ruleset: rulesetBody(),
    labels: LABELS,
    variable: { name: TRUSTED_KEYS_VARIABLE, value: trustedKeys.join(',') },
  }
}
