import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * The Releases-registry part of the GitHub API stand-in
 * (github-api-standin.ts routes to it): releases with drafts, assets
 * uploaded on the uploads path with GitHub's `digest`, downloads as
 * application/octet-stream, immutable releases (no asset after publishing),
 * `make_latest`, the latest release and a release by tag (published ones), git refs (tags
 * created on publishing), issues and labels.
 * Responses are validated against @octokit/openapi by the stand-in.
 */

type Json = Record<string, unknown>
export type Reply = {
  status: number
  body?: unknown
  headers?: Record<string, string>
  raw?: Buffer
}

export interface StandinAsset {
  id: number
  name: string
  data: Buffer
  contentType: string
  createdAt: string
}

export interface StandinRelease {
  id: number
  tag_name: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  target_commitish: string
  created_at: string
  published_at: string | null
  assets: StandinAsset[]
}

export interface RegistryStandinState {
  releases: StandinRelease[]
  /** Git refs (`refs/tags/x`) to commit shas. */
  refs: Map<string, string>
  /** The release GitHub shows as "latest". */
  latestId: number | null
  labels: string[]
  /** Logins that may be assigned issues; others get GitHub's 422. */
  assignable: string[]
  /** Immutable releases on (GitHub's repository setting): published releases take no assets. */
  immutableReleases: boolean
  /** The commit a release's tag is created on when target_commitish is a branch. */
  defaultSha: string
}

export interface RegistryContext {
  url: () => string
  now: () => string
  nextId: () => number
  author: () => string
  user: (login: string) => Json
}

export function newRegistryState(): RegistryStandinState {
  return {
    releases: [],
    refs: new Map(),
    latestId: null,
    labels: [],
    assignable: [],
    immutableReleases: true,
    defaultSha: 'c0ffee'.padEnd(40, '0'),
  }
}

export function resetRegistryState(s: RegistryStandinState): void {
  Object.assign(s, newRegistryState())
}

const invalid = (resource: string, code: string, field: string, message?: string): Reply => ({
  status: 422,
  body: {
    message: 'Validation Failed',
    errors: [{ resource, code, field, ...(message ? { message } : {}) }],
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  },
})
const notFound = (): Reply => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
})

export function registryRoutes(s: RegistryStandinState, ctx: RegistryContext) {
  const api = (owner: string, repo: string) => `${ctx.url()}/repos/${owner}/${repo}`
  const assetJson = (a: StandinAsset, owner: string, repo: string): Json => ({
    url: `${api(owner, repo)}/releases/assets/${a.id}`,
    browser_download_url: `https://github.com/${owner}/${repo}/releases/download/x/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: `RA_kwDO${a.id.toString(36)}`,
    name: a.name,
    label: null,
    state: 'uploaded',
    content_type: a.contentType,
    size: a.data.length,
    digest: `sha256:${createHash('sha256').update(a.data).digest('hex')}`,
    download_count: 0,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    uploader: ctx.user(ctx.author()),
  })
  const releaseJson = (r: StandinRelease, owner: string, repo: string): Json => ({
    url: `${api(owner, repo)}/releases/${r.id}`,
    html_url: `https://github.com/${owner}/${repo}/releases/${r.draft ? `tag/untagged-${r.id}` : `tag/${encodeURIComponent(r.tag_name)}`}`,
    assets_url: `${api(owner, repo)}/releases/${r.id}/assets`,
    // The uploads host: here the stand-in itself, on GitHub uploads.github.com.
    upload_url: `${api(owner, repo)}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${api(owner, repo)}/tarball/${r.tag_name}`,
    zipball_url: `${api(owner, repo)}/zipball/${r.tag_name}`,
    id: r.id,
    node_id: `RE_kwDO${r.id.toString(36)}`,
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: s.immutableReleases && !r.draft,
    created_at: r.created_at,
    published_at: r.published_at,
    updated_at: r.created_at,
    author: ctx.user(ctx.author()),
    assets: r.assets.map((a) => assetJson(a, owner, repo)),
  })
  const refJson = (ref: string, sha: string, owner: string, repo: string): Json => ({
    ref,
    node_id: `REF_kwDO${sha.slice(0, 8)}`,
    url: `${api(owner, repo)}/git/${ref}`,
    object: { type: 'commit', sha, url: `${api(owner, repo)}/git/commits/${sha}` },
  })
  const labelJson = (name: string, owner: string, repo: string): Json => ({
    id: 7000 + s.labels.indexOf(name),
    node_id: `LA_kwDO${s.labels.indexOf(name)}`,
    url: `${api(owner, repo)}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'b60205',
    default: false,
  })
  const publish = (r: StandinRelease) => {
    r.draft = false
    r.published_at = ctx.now()
    const ref = `refs/tags/${r.tag_name}`
    if (!s.refs.has(ref))
      s.refs.set(ref, /^[0-9a-f]{40}$/.test(r.target_commitish) ? r.target_commitish : s.defaultSha)
  }

  return function handle(
    key: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: Json | undefined,
    raw: Buffer,
    headers: IncomingHttpHeaders,
  ): Reply | undefined {
    const { owner = '', repo = '' } = params
    const release = () => s.releases.find((r) => r.id === Number(params.release_id))
    switch (key) {
      case 'GET /repos/{owner}/{repo}/releases': {
        const perPage = Number(query.get('per_page') ?? 30)
        const page = Number(query.get('page') ?? 1)
        const all = [...s.releases].reverse()
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const base = `${api(owner, repo)}/releases?per_page=${perPage}`
        return {
          status: 200,
          body: all
            .slice((page - 1) * perPage, page * perPage)
            .map((r) => releaseJson(r, owner, repo)),
          headers:
            page < last
              ? {
                  link: `<${base}&page=${page + 1}>; rel="next", <${base}&page=${last}>; rel="last"`,
                }
              : {},
        }
      }
      case 'POST /repos/{owner}/{repo}/releases': {
        const tag = String(body?.tag_name)
        if (
          s.releases.some((r) => r.tag_name === tag && !r.draft) ||
          (!body?.draft && s.refs.has(`refs/tags/${tag}`))
        )
          return invalid('Release', 'already_exists', 'tag_name')
        const r: StandinRelease = {
          id: ctx.nextId(),
          tag_name: tag,
          name: String(body?.name ?? tag),
          body: String(body?.body ?? ''),
          draft: body?.draft === true,
          prerelease: body?.prerelease === true,
          target_commitish: String(body?.target_commitish ?? 'main'),
          created_at: ctx.now(),
          published_at: null,
          assets: [],
        }
        s.releases.push(r)
        if (!r.draft) publish(r)
        if (!r.draft && body?.make_latest !== 'false' && !r.prerelease) s.latestId = r.id
        return {
          status: 201,
          body: releaseJson(r, owner, repo),
          headers: { location: `${api(owner, repo)}/releases/${r.id}` },
        }
      }
      case 'GET /repos/{owner}/{repo}/releases/{release_id}': {
        const r = release()
        return r ? { status: 200, body: releaseJson(r, owner, repo) } : notFound()
      }
      // `gh release download [TAG]` (the shadow and rollback workflows): drafts are never found.
      case 'GET /repos/{owner}/{repo}/releases/latest': {
        const r = s.releases.find((x) => x.id === s.latestId && !x.draft)
        return r ? { status: 200, body: releaseJson(r, owner, repo) } : notFound()
      }
      case 'GET /repos/{owner}/{repo}/releases/tags/{tag}': {
        const r = s.releases.find((x) => x.tag_name === params.tag && !x.draft)
        return r ? { status: 200, body: releaseJson(r, owner, repo) } : notFound()
      }
      case 'PATCH /repos/{owner}/{repo}/releases/{release_id}': {
        const r = release()
        if (!r) return notFound()
        if (typeof body?.body === 'string') r.body = body.body
        if (typeof body?.name === 'string') r.name = body.name
        if (body?.draft === false && r.draft) publish(r)
        if (body?.draft === true && !r.draft)
          return invalid('Release', 'custom', 'draft', 'Cannot unpublish a release')
        if (body?.make_latest === 'true' && !r.draft) s.latestId = r.id
        return { status: 200, body: releaseJson(r, owner, repo) }
      }
      case 'POST /repos/{owner}/{repo}/releases/{release_id}/assets': {
        const r = release()
        if (!r) return notFound()
        const name = query.get('name') ?? ''
        if (!/^application\/octet-stream/.test(headers['content-type'] ?? ''))
          return invalid(
            'ReleaseAsset',
            'custom',
            'content_type',
            'expected application/octet-stream',
          )
        if (!r.draft && s.immutableReleases)
          return invalid(
            'ReleaseAsset',
            'custom',
            'release',
            'Cannot upload assets to an immutable release.',
          )
        if (r.assets.some((a) => a.name === name))
          return invalid('ReleaseAsset', 'already_exists', 'name')
        const a: StandinAsset = {
          id: ctx.nextId(),
          name,
          data: Buffer.from(raw),
          contentType: 'application/octet-stream',
          createdAt: ctx.now(),
        }
        r.assets.push(a)
        return { status: 201, body: assetJson(a, owner, repo) }
      }
      case 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}':
      case 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}': {
        const r = s.releases.find((x) => x.assets.some((a) => a.id === Number(params.asset_id)))
        const a = r?.assets.find((x) => x.id === Number(params.asset_id))
        if (!r || !a) return notFound()
        if (key.startsWith('DELETE')) {
          if (!r.draft && s.immutableReleases) return notFound()
          r.assets.splice(r.assets.indexOf(a), 1)
          return { status: 204 }
        }
        return headers.accept === 'application/octet-stream'
          ? { status: 200, raw: a.data }
          : { status: 200, body: assetJson(a, owner, repo) }
      }
      case 'GET /repos/{owner}/{repo}/git/ref/{ref}': {
        const ref = `refs/${params.ref}`
        const sha = s.refs.get(ref)
        return sha ? { status: 200, body: refJson(ref, sha, owner, repo) } : notFound()
      }
      case 'POST /repos/{owner}/{repo}/git/refs': {
        const ref = String(body?.ref)
        if (s.refs.has(ref))
          return invalid('Reference', 'custom', 'ref', 'Reference already exists')
        s.refs.set(ref, String(body?.sha))
        return {
          status: 201,
          body: refJson(ref, String(body?.sha), owner, repo),
          headers: { location: `${api(owner, repo)}/git/${ref}` },
        }
      }
      case 'PATCH /repos/{owner}/{repo}/git/refs/{ref}': {
        const ref = `refs/${params.ref}`
        if (!s.refs.has(ref))
          return invalid('Reference', 'custom', 'ref', 'Reference does not exist')
        if (body?.force !== true)
          return invalid('Reference', 'custom', 'sha', 'Update is not a fast forward')
        s.refs.set(ref, String(body.sha))
        return { status: 200, body: refJson(ref, String(body.sha), owner, repo) }
      }
      case 'POST /repos/{owner}/{repo}/labels': {
        const name = String(body?.name)
        if (s.labels.includes(name)) return invalid('Label', 'already_exists', 'name')
        s.labels.push(name)
        return { status: 201, body: labelJson(name, owner, repo) }
      }
      default:
        return undefined
    }
  }
}
