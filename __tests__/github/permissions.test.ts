import { describe, expect, it } from 'vitest'
import { isPermissionError, PublishWarnings } from '../../src/github/permissions.js'

const denied = Object.assign(new Error('Resource not accessible by integration'), { status: 403 })

describe('permission problems', () => {
  it('tells a missing permission from a rate limit and from other errors', () => {
    expect(isPermissionError(denied)).toBe(true)
    expect(
      isPermissionError({
        status: 403,
        message: 'Resource not accessible by personal access token',
      }),
    ).toBe(true)
    expect(
      isPermissionError({ status: 403, message: 'You have exceeded a secondary rate limit.' }),
    ).toBe(false)
    expect(isPermissionError({ status: 404, message: 'Not Found' })).toBe(false)
    expect(isPermissionError(new Error('socket hang up'))).toBe(false)
  })

  it('warns once per missing permission, naming the exact line to add', () => {
    const w = new PublishWarnings()
    w.add('create the check run', denied, 'checkRun')
    w.add('update the check run', denied, 'checkRun')
    w.add('write the PR comment', denied, 'comment')
    expect(w.list).toHaveLength(2)
    expect(w.list[0]).toContain('`permissions: checks: write`')
    expect(w.list[1]).toContain('`permissions: pull-requests: write`')
  })

  it('reports other failures with their status', () => {
    const w = new PublishWarnings()
    w.add(
      'create the check run',
      Object.assign(new Error('Server Error'), { status: 502 }),
      'checkRun',
    )
    expect(w.list).toEqual(['modelgate could not create the check run (HTTP 502): Server Error'])
  })
})
