import { describe, expect, it } from 'vitest';
import { parseInline, parseLegalText, safeHref } from './legal-text';

describe('the legal pages’ text format', () => {
  it('reads headings, paragraphs with their line breaks, and lists', () => {
    const blocks = parseLegalText('# Titre\n\nUne ligne\nune autre\n\n- un\n- deux\n  suite\n\n### Sous-titre\nFin');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'heading', 'paragraph']);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, children: [{ kind: 'text', text: 'Titre' }] });
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      children: [{ kind: 'text', text: 'Une ligne' }, { kind: 'break' }, { kind: 'text', text: 'une autre' }],
    });
    expect(blocks[2]).toEqual({ kind: 'list', items: [[{ kind: 'text', text: 'un' }], [{ kind: 'text', text: 'deux suite' }]] });
    expect(blocks[3]).toMatchObject({ kind: 'heading', level: 3 });
  });

  it('reads links, bold and escapes', () => {
    expect(parseInline('Voir [la page](/legal/privacy) et **ceci**, \\*pas gras\\*')).toEqual([
      { kind: 'text', text: 'Voir ' },
      { kind: 'link', href: '/legal/privacy', internal: true, children: [{ kind: 'text', text: 'la page' }] },
      { kind: 'text', text: ' et ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'ceci' }] },
      { kind: 'text', text: ', *pas gras*' },
    ]);
  });

  it('never links anywhere unsafe, and HTML stays text', () => {
    expect(parseInline('[clic](javascript:alert(1))')).toEqual([{ kind: 'text', text: 'clic' }]);
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('mailto:mairie@ville.fr')).toEqual({ href: 'mailto:mairie@ville.fr', internal: false });
    expect(parseLegalText('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: '<script>alert(1)</script>' }] },
    ]);
  });
});
