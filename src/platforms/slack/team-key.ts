/**
 * The team a Slack workspace's data is kept under: its team id, prefixed by the
 * organisation's enterprise id on Enterprise Grid (`E0123/T0456`), so two workspaces of one
 * org stay apart while an org-wide install still finds them.
 */
export function slackTeamKey(ids: { teamId?: string | null; enterpriseId?: string | null }): string {
  const team = ids.teamId ?? '';
  return ids.enterpriseId ? `${ids.enterpriseId}/${team}` : team;
}

export function parseSlackTeamKey(key: string): { teamId: string | undefined; enterpriseId: string | undefined } {
  const slash = key.indexOf('/');
  if (slash < 0) return { teamId: key || undefined, enterpriseId: undefined };
  return { enterpriseId: key.slice(0, slash) || undefined, teamId: key.slice(slash + 1) || undefined };
}
