import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { Db } from '../../store/open-store.ts';
import type { SecretBox } from '../../store/secret-box.ts';
import {
  deleteSlackInstallation,
  saveSlackInstallation,
  sealedSlackInstallation,
} from '../../store/slack-installations-repo.ts';
import { parseSlackTeamKey, slackTeamKey } from './team-key.ts';

type AnyInstallation = Installation<'v1' | 'v2', boolean>;

/**
 * Bolt's installation store over our database: one row per workspace (or per org for an
 * org-wide install), the installation sealed with the secret box. Bolt reads it to
 * authorize every event; the Slack sender reads it for the bot token of a team.
 */
export class DbInstallationStore implements InstallationStore {
  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
    private readonly clock: () => number,
    private readonly hooks: {
      installed?: (teamKey: string) => Promise<void>;
      removed?: (teamKey: string) => Promise<void>;
    } = {},
  ) {}

  private static idOf(q: {
    isEnterpriseInstall?: boolean;
    enterpriseId?: string | undefined;
    teamId?: string | undefined;
  }): string | undefined {
    return q.isEnterpriseInstall ? q.enterpriseId : q.teamId;
  }

  async storeInstallation(installation: AnyInstallation): Promise<void> {
    const enterpriseId = installation.enterprise?.id;
    const teamId = installation.team?.id;
    const id = installation.isEnterpriseInstall ? enterpriseId : teamId;
    if (!id) throw new Error('an installation without a team or enterprise id cannot be stored');
    const now = this.clock();
    const data = this.box.seal(JSON.stringify(installation), id);
    await saveSlackInstallation(
      this.db,
      { id, team_id: teamId ?? null, enterprise_id: enterpriseId ?? null, data },
      now,
    );
    await this.hooks.installed?.(
      installation.isEnterpriseInstall ? (enterpriseId ?? '') : slackTeamKey({ teamId, enterpriseId }),
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<AnyInstallation> {
    const found = await this.find(query);
    if (!found)
      throw new Error(
        `no Slack installation for ${query.isEnterpriseInstall ? `org ${query.enterpriseId}` : `team ${query.teamId}`}`,
      );
    return found;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const id = DbInstallationStore.idOf(query);
    if (!id) return;
    await deleteSlackInstallation(this.db, id);
    await this.hooks.removed?.(
      query.isEnterpriseInstall ? id : slackTeamKey({ teamId: query.teamId, enterpriseId: query.enterpriseId }),
    );
  }

  /** The workspace's own installation, else its org's org-wide one. */
  private async find(query: {
    isEnterpriseInstall?: boolean;
    teamId?: string | undefined;
    enterpriseId?: string | undefined;
  }): Promise<AnyInstallation | undefined> {
    const ids = [DbInstallationStore.idOf(query), query.enterpriseId].filter((x): x is string => !!x);
    for (const id of new Set(ids)) {
      const sealed = await sealedSlackInstallation(this.db, id);
      if (sealed) return JSON.parse(this.box.open(sealed, id)) as AnyInstallation;
    }
    return undefined;
  }

  /** The bot token to post into a team's channels, if the app is installed there. */
  async botToken(teamKey: string): Promise<string | undefined> {
    const { teamId, enterpriseId } = parseSlackTeamKey(teamKey);
    const inst = await this.find({ isEnterpriseInstall: !teamId, teamId, enterpriseId });
    return inst?.bot?.token;
  }
}
