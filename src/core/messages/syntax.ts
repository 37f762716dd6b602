import type { Catalog } from './lang';

const en = {
} as const;

export const SYNTAX_MESSAGES: Catalog<keyof typeof en> = {
  en,
  ko: {
  },
};
