import type { ConversationSummary, HandoffPackage } from '@baton/protocol';
import { reasonLabel } from '../lib/labels';
import { useAlertStore } from '../stores/alertStore';
import { beep } from './beep';
import { closeNotificationsExcept, notifyDesktop } from './desktopNotification';

/** Banner + chime + desktop notification; a repeat for the same conversation only refreshes the banner. */
export function raiseOfferAlert(
  conversation: ConversationSummary,
  pkg: HandoffPackage | null,
  offeredToMe: boolean,
  open: (conversationId: string) => void,
): void {
  const isNew = useAlertStore.getState().raise({ conversation, package: pkg, offeredToMe, raisedAt: Date.now() });
  if (!isNew) return;
  beep();
  const what = [conversation.skillName ?? pkg?.skillName, reasonLabel(conversation.reason ?? pkg?.reason)].filter(Boolean).join(' · ');
  notifyDesktop(conversation.id, `New chat: ${conversation.customerName}`, [what, pkg?.summary ?? conversation.summary].filter(Boolean).join('\n'), () => open(conversation.id));
}

// An alert that goes (the offer was taken, expired or withdrawn) takes its desktop notification with it.
useAlertStore.subscribe((s) => closeNotificationsExcept(new Set(s.alerts.map((a) => a.conversation.id))));
