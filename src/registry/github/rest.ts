import { InputError } from '../../contract/errors.js'
import type { GitHubClient } from '../../github/octokit.js'
import { isPermissionError } from '../../github/permissions.js'
import { productionRef } from './ledger.js'

/** What each registry feature needs in the workflow's `permissions:` block. */
export const REGISTRY_PERMISSION = {
  releases: 'contents: write',
  incident: 'issues: write',
} as const

export interface ReleaseAsset {
  id: number
  name: string
  size: number
  digest?: string | null
}

export interface Release {
  id: number
  tag_name: string
  html_url: string
  upload_url: string
  draft: boolean
  body?: string | null
  assets: ReleaseAsset[]
}

/** Turns a refused request into an InputError naming the `permissions:` line it needs. */
export async function withPermission<T>(
  what: string,
  permission: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (isPermissionError(error))
      throw new InputError({
        message: `modelgate could not ${what}: the token lacks permission`,
        expected: `\`permissions: ${permission}\` in the job (GITHUB_TOKEN), or a token that has it`,
        found: `HTTP 403: ${(error as Error).message}`,
      })
    const e = error as { status?: number; message?: string }
    throw new InputError({
      message: `modelgate could not ${what}`,
      expected: 'a successful GitHub API call',
      found: `${e.status ? `HTTP ${e.status}: ` : ''}${e.message ?? String(error)}`,
    })
  }
}

/** The REST calls of the Releases registry, each with the permission it needs named on failure. */
export class RestReleases {
  private readonly perm = REGISTRY_PERMISSION.releases
  /** The releases as last listed, kept up to date by this instance's own writes (one run writes alone: see README). */
  private cache: Release[] | undefined

  constructor(
    private readonly client: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly targetCommitish?: string,
  ) {}

  private get where() {
    return { owner: this.owner, repo: this.repo }
  }

  /** Every release, drafts included (GET /releases/tags/{tag} does not see drafts). */
  async listReleases(): Promise<Release[]> {
    this.cache ??= (await withPermission('list the releases', this.perm, () =>
      this.client.paginate(this.client.rest.repos.listReleases, { ...this.where, per_page: 100 }),
    )) as Release[]
    return this.cache
  }

  private remember(release: Release): Release {
    if (this.cache) this.cache = [release, ...this.cache.filter((r) => r.id !== release.id)]
    return release
  }

  async findRelease(tag: string): Promise<Release | undefined> {
    return (await this.listReleases()).find((r) => r.tag_name === tag)
  }

  async createRelease(input: {
    tag_name: string
    name: string
    body: string
    draft: boolean
    prerelease: boolean
    make_latest?: 'true' | 'false' | 'legacy'
  }): Promise<Release> {
    const { data } = await withPermission(`create the release ${input.tag_name}`, this.perm, () =>
      this.client.rest.repos.createRelease({
        ...this.where,
        ...input,
        ...(this.targetCommitish ? { target_commitish: this.targetCommitish } : {}),
      }),
    )
    return this.remember(data as Release)
  }

  async updateRelease(
    id: number,
    patch: { body?: string; draft?: boolean; make_latest?: 'true' | 'false' | 'legacy' },
  ): Promise<Release> {
    const { data } = await withPermission('update a release', this.perm, () =>
      this.client.rest.repos.updateRelease({ ...this.where, release_id: id, ...patch }),
    )
    return this.remember(data as Release)
  }

  /** Uploads to the release's own upload_url (the uploads host; GHES-safe). */
  async uploadAsset(release: Release, name: string, data: Buffer): Promise<ReleaseAsset> {
    const { data: asset } = await withPermission(
      `upload ${name} to ${release.tag_name}`,
      this.perm,
      () =>
        this.client.request({
          method: 'POST',
          url: release.upload_url,
          name,
          data,
          headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
        }),
    )
    const uploaded = asset as ReleaseAsset
    this.remember({
      ...release,
      assets: [...release.assets.filter((a) => a.name !== name), uploaded],
    })
    return uploaded
  }

  async deleteAsset(id: number): Promise<void> {
    await withPermission('replace a release asset', this.perm, () =>
      this.client.rest.repos.deleteReleaseAsset({ ...this.where, asset_id: id }),
    )
    const holder = this.cache?.find((r) => r.assets.some((a) => a.id === id))
    if (holder) this.remember({ ...holder, assets: holder.assets.filter((a) => a.id !== id) })
  }

  async downloadAsset(id: number): Promise<Buffer> {
    const { data } = await withPermission('download a release asset', this.perm, () =>
      this.client.rest.repos.getReleaseAsset({
        ...this.where,
        asset_id: id,
        headers: { accept: 'application/octet-stream' },
      }),
    )
    return Buffer.from(data as unknown as ArrayBuffer)
  }

  /** Points `refs/tags/<model>-production` at the commit of a release's tag (created, or moved with force). */
  async moveProductionRef(model: string, tag: string): Promise<void> {
    const { data } = await withPermission(`read the tag ${tag}`, this.perm, () =>
      this.client.rest.git.getRef({ ...this.where, ref: `tags/${tag}` }),
    )
    const sha = data.object.sha
    const ref = productionRef(model)
    const exists = await this.client.rest.git
      .getRef({ ...this.where, ref })
      .then(() => true)
      .catch((error: { status?: number }) => {
        if (error.status === 404) return false
        throw error
      })
    await withPermission(`move refs/${ref}`, this.perm, async () => {
      if (exists) await this.client.rest.git.updateRef({ ...this.where, ref, sha, force: true })
      else await this.client.rest.git.createRef({ ...this.where, ref: `refs/${ref}`, sha })
    })
  }
}
