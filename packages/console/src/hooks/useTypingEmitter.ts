import { useEffect, useMemo } from 'react';
import { createTypingThrottle, type TypingThrottle } from '../lib/typingThrottle';
import { emitTyping } from '../socket/messageDelivery';

/** A throttled typing signal bound to one conversation; stops when the conversation changes. */
export function useTypingEmitter(conversationId: string): TypingThrottle {
  const throttle = useMemo(() => createTypingThrottle({ emit: (typing) => emitTyping(conversationId, typing) }), [conversationId]);
  useEffect(() => () => throttle.stop(), [throttle]);
  return throttle;
}
