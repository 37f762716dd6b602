import type { Catalog } from './lang';

const en = {
} as const;

export const DIAGRAM_MESSAGES: Catalog<keyof typeof en> = {
  en,
  ko: {
  },
};
