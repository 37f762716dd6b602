import type { Catalog } from './lang';

const en = {
} as const;

export const ENGINE_MESSAGES: Catalog<keyof typeof en> = {
  en,
  ko: {
  },
};
