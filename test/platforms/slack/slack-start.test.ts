import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { FakeSlack } from '../../fakes/slack-server.ts';
import { BIN, runNewsbot, scratch } from '../../run-newsbot.ts';

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('npm start with Slack credentials', () => {
  it('connects over Socket Mode, answers /news in Slack, keeps tokens out of the log, and exits 0 on SIGTERM', async () => {
    fake = await new FakeSlack().start();
    const botToken = fake.addWorkspace('T1');
    const appToken = fake.appToken('T1');
    fake.addChannel('C1', 'T1');
    fake.addUser('UADMIN', 'T1', { admin: true });
    const dir = scratch('newsbot-slack-cli-');
    const child = spawn(process.execPath, [BIN, 'start'], {
      cwd: dir,
      env: {
        ...process.env,
        NEWSBOT_CONFIG: '',
        SLACK_BOT_TOKEN: botToken,
        SLACK_APP_TOKEN: appToken,
        SLACK_API_URL: fake.apiUrl,
        NEWSBOT_LOG_LEVEL: 'debug',
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    try {
      await fake.waitForConnection(20_000);
      const [help] = await fake.slashCommand({
        team: 'T1',
        channel: 'C1',
        user: 'UADMIN',
        command: '/news',
        text: 'help',
      });
      expect(help).toMatchObject({ response_type: 'ephemeral', text: 'newsbot commands' });
      const [sub] = await fake.slashCommand({
        team: 'T1',
        channel: 'C1',
        user: 'UADMIN',
        command: '/news',
        text: 'subscribe microsoft-openai',
      });
      expect(sub.text).toBe('This channel now gets alerts about Microsoft / OpenAI.');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('Slack connected over Socket Mode');
    expect(stderr).not.toContain(botToken);
    expect(stderr).not.toContain(appToken);
  }, 40_000);

  it('a half-configured Slack is a config error (exit 2) that says what is missing', async () => {
    const dir = scratch('newsbot-slack-cli-');
    const r = await runNewsbot(['check-config'], dir, { SLACK_BOT_TOKEN: 'xoxb-1-2-3' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)');
    expect(r.stderr).not.toContain('xoxb-1-2-3');
  }, 20_000);
});
