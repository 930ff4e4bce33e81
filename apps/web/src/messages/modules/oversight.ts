/** Texts of the oversight pages: English is the reference; fr, nl and de have exactly its keys (checked by test). */
const en = {
} as const;

export const messages: { en: Record<keyof typeof en, string>; fr: Record<keyof typeof en, string>; nl: Record<keyof typeof en, string>; de: Record<keyof typeof en, string> } = {
  en,
  fr: {
  },
  nl: {
  },
  de: {
  },
};
export type Key = keyof typeof en;
