import type { Alert } from '../alerts/alert.ts';

/**
 * What a person can do from an alert, for every platform: each action is a slash command the
 * core already answers (so the admin rules, team isolation and wording are the commands'),
 * run for the alert's topic in the channel where the button was pressed. Platforms only lay
 * out the buttons and say which was pressed (`name` and topic id).
 */
export interface AlertAction {
  name: 'mute' | 'unsubscribe' | 'timeline';
  label: string;
  /** Asked before it runs (Slack's confirm dialog); undone only by subscribing again. */
  confirm?: { title: string; text: string; yes: string; no: string };
  /** The slash command it runs. */
  line: (topicId: string) => string;
  /** Shown as the dangerous kind of button where a platform has one. */
  danger?: boolean;
}

export const ALERT_ACTIONS: Record<AlertAction['name'], AlertAction> = {
  mute: { name: 'mute', label: 'Mute here for 1 day', line: (t) => `/news mute ${t} 1d` },
  unsubscribe: {
    name: 'unsubscribe',
    label: 'Unsubscribe',
    danger: true,
    confirm: {
      title: 'Unsubscribe this channel?',
      text: 'This channel will no longer be told about this topic. /news subscribe brings it back.',
      yes: 'Unsubscribe',
      no: 'Keep it',
    },
    line: (t) => `/news unsubscribe ${t}`,
  },
  timeline: { name: 'timeline', label: 'Timeline', line: (t) => `/deal timeline ${t}` },
};

/** The actions an alert offers: a story or stage alert can be muted or unsubscribed; a deal's has its timeline. */
export function actionsFor(alert: Alert): AlertAction[] {
  if (alert.kind === 'story') return [ALERT_ACTIONS.mute, ALERT_ACTIONS.unsubscribe];
  if (alert.kind === 'deal-stage') return [ALERT_ACTIONS.timeline, ALERT_ACTIONS.mute, ALERT_ACTIONS.unsubscribe];
  return [];
}

/** The topic an alert's actions act on. */
export const actionTopic = (alert: Alert): string | undefined =>
  alert.kind === 'story' || alert.kind === 'deal-stage' ? alert.topic.id : undefined;

/**
 * The slash command a pressed button runs, or undefined for a name we never sent or a topic id
 * that could not have come from us (ids are lower-case letters, digits, ".", "_" and "-", at most 64 long).
 */
export function actionLine(name: string, topicId: string): string | undefined {
  const action = (ALERT_ACTIONS as Record<string, AlertAction | undefined>)[name];
  if (!action || !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(topicId)) return undefined;
  return action.line(topicId);
}
