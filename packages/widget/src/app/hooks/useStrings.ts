import { useChat } from '../chatStore';
import { stringsFor, widgetLanguage, type WidgetLanguage, type WidgetStrings } from '../i18n';

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The widget's words, following the conversation's language once the server sets it. */
export function useStrings(): WidgetStrings {
  return stringsFor(useWidgetLanguage());
}

export function useWidgetLanguage(): WidgetLanguage {
  const language = useChat((s) => s.conversation?.language ?? null);
  return widgetLanguage(language, browserLanguages());
}

/** The same outside React (notices from the socket client). */
export function currentStrings(): WidgetStrings {
  return stringsFor(widgetLanguage(useChat.getState().conversation?.language ?? null, browserLanguages()));
}
