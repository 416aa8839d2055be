import { join } from 'node:path'
import { InputError } from '../../../contract/errors.js'
import type { GateContext } from '../../../engine/gate.js'
import type { Check } from '../../../contract/types.js'
import { listFolder, type FolderEntry } from '../../../io/folder-files.js'
import type { ModelConfig } from '../../../ssot/model-config.js'
import type { Vouched } from './release-signatures.js'

/** Manifest roles, in the order the manifest lists them. */
export const ROLE_ORDER = [
  'model',
  'declared-model',
  'model-card',
  'ssot',
  'model-file',
  'artifact',
] as const

/** A file the release cannot ship without a signature over: the model, the model card, every file of the SSOT snapshot. */
export interface RequiredFile {
  absolute: string
  path: string
  role: 'model' | 'declared-model' | 'model-card' | 'ssot'
  /** Why it is required, for messages. */
  because: string
}

export interface RequiredMaterial {
  required: RequiredFile[]
  /** Entries of ssot/ that cannot be covered: symbolic links and special files. */
  unsignable: string[]
}

/**
 * The release material G2 requires, from model.json and the ssot/ folder:
 * the subject model (the model input, else paths.model), paths.model when
 * the input names another file, paths.modelCard, and every file under ssot/
 * except the signature files and OMS bundles security.json names.
 */
export async function requiredMaterial(
  ctx: GateContext,
  model: ModelConfig,
  subjectModel: string,
  signatureFiles: Set<string>,
): Promise<RequiredMaterial> {
  const modelJson = ctx.ssot.display('model.json')
  if (!model.paths.modelCard) {
    throw new InputError({
      file: modelJson,
      pointer: '/paths',
      message: 'G2 needs the model card: it is release material, and must be signed',
      expected: 'paths.modelCard (for example "MODEL_CARD.md")',
      found: 'no paths.modelCard',
    })
  }
  const required: RequiredFile[] = []
  const add = (absolute: string, role: RequiredFile['role'], because: string) => {
    if (!required.some((r) => r.absolute === absolute))
      required.push({ absolute, path: ctx.workspace.display(absolute), role, because })
  }
  const declared = ctx.ssot.resolveRepoPath(model.paths.model, 'model')
  add(
    subjectModel,
    'model',
    subjectModel === declared ? `paths.model in ${modelJson}` : 'the model input (--model)',
  )
  add(declared, 'declared-model', `paths.model in ${modelJson}`)
  add(
    ctx.ssot.resolveRepoPath(model.paths.modelCard, 'model card'),
    'model-card',
    `paths.modelCard in ${modelJson}`,
  )
  let entries: FolderEntry[]
  try {
    entries = await listFolder(ctx.ssot.dir, (path) => signatureFiles.has(join(ctx.ssot.dir, path)))
  } catch (error) {
    throw new InputError({
      file: ctx.workspace.display(ctx.ssot.dir),
      message: 'Cannot list the ssot folder',
      expected: 'a readable folder',
      found: (error as NodeJS.ErrnoException).code ?? String(error),
    })
  }
  for (const e of entries)
    if (e.kind === 'file') add(e.absolute, 'ssot', 'it is part of the SSOT snapshot')
  const unsignable = entries.flatMap((e) =>
    e.link
      ? [
          `${ctx.ssot.display(e.path)} (a symbolic link to ${e.link.target}; links are not followed, put the file itself there)`,
        ]
      : e.kind === 'other'
        ? [`${ctx.ssot.display(e.path)} (not a regular file)`]
        : [],
  )
  return { required, unsignable }
}

/**
 * Coverage by digest: each required file must be vouched for, at its own
 * path, by a verified signature or OMS bundle whose digest is the file's
 * digest now. Never by folder prefix.
 */
export function coverageCheck(
  material: RequiredMaterial,
  vouched: Vouched[],
  securityFile: string,
): Check {
  const byPath = new Map(vouched.map((v) => [v.absolute, v]))
  const uncovered = [
    ...material.required
      .filter((r) => !byPath.has(r.absolute))
      .map((r) => `${r.path} (${r.role}, required by ${r.because})`),
    ...material.unsignable,
  ]
  return {
    id: 'G2.release_material.coverage',
    rule: 'release_material_coverage',
    value: uncovered.length,
    operator: '<=',
    threshold: 0,
    unit: 'files',
    status: uncovered.length ? 'fail' : 'pass',
    severity: 'block',
    message: uncovered.length
      ? `not covered by a verified signature: ${uncovered.join(', ')}. Sign each one (releaseMaterial) or cover it with an OMS bundle (modelSignatures)`
      : `the model, the model card and the SSOT snapshot are signed: ${material.required.length} files, each by a verified signature over its current digest`,
    source: { file: securityFile, pointer: '/releaseMaterial' },
    details: {
      required: material.required.map((r) => ({ path: r.path, role: r.role })),
      uncovered,
    },
  }
}

/**
 * The evidence subject is the model the signatures cover: the model input
 * (or paths.model) must be vouched for, with the digest the subject records.
 */
export function subjectModelCheck(
  subject: { path: string; sha256: string },
  vouched: Vouched[],
  viaInput: boolean,
): Check {
  const v = vouched.find((x) => x.path === subject.path)
  const signedModels = vouched
    .filter((x) =>
      /\.(onnx|pkl|pickle|joblib|pt|pth|bin|safetensors|gguf|h5|keras|pb|tflite)$/i.test(x.path),
    )
    .map((x) => x.path)
  const ok = v !== undefined && v.sha256 === subject.sha256
  const from = viaInput ? 'the model input (--model)' : 'paths.model'
  return {
    id: 'G2.subject_model',
    rule: 'subject_model_signed',
    variable: subject.path,
    value: ok,
    status: ok ? 'pass' : 'fail',
    severity: 'block',
    message: ok
      ? `the evidence subject ${subject.path} (${from}) is the signed model (sha256 ${subject.sha256.slice(0, 12)}..., ${v.method === 'oms' ? 'OMS bundle' : 'signature'} ${v.signature})`
      : v
        ? `${subject.path} changed while G2 read it: signed digest ${v.sha256}, now ${subject.sha256}`
        : `${from} ${subject.path} is not covered by a verified signature, so G2 cannot vouch for it${signedModels.length ? ` (signed model files: ${signedModels.join(', ')})` : ''}`,
    details: { sha256: subject.sha256, ...(v ? { signedBy: v.signature, keyId: v.keyId } : {}) },
  }
}
