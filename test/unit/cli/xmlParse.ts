import * as assert from 'assert';
import { JSDOM } from 'jsdom';

/** Parses XML with a real XML parser (jsdom's DOMParser), failing on any well-formedness error. */
export function parseXml(text: string): Document {
  const { window } = new JSDOM('');
  const document = new window.DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  assert.strictEqual(error, undefined, `not well-formed XML: ${error?.textContent}\n${text}`);
  return document;
}

export function elements(parent: Document | Element, name: string): Element[] {
  return [...parent.getElementsByTagName(name)];
}
