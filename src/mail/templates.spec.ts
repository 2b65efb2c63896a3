import { defineTemplate, escapeHtml, renderMail } from './templates';

const layout = { siteName: 'Parvis-sur-Loire', baseUrl: 'https://parvis.example.org' };

const hello = defineTemplate<{ name: string; url: string }>({
  fr: ({ name, url }) => ({
    subject: `Bonjour ${name}`,
    greeting: `Bonjour ${name},`,
    blocks: [{ paragraph: `Votre demande « ${name} » avance.` }, { action: { label: 'Voir', url } }, { quote: name, by: name }],
    footer: [{ label: 'Se désabonner', url }],
  }),
  en: ({ name, url }) => ({ subject: `Hello ${name}`, blocks: [{ list: [{ text: name, url }, { text: 'plain' }] }] }),
});

describe('mail templates', () => {
  it('escapes every interpolated value in the HTML, and keeps the text as written', () => {
    const name = `<script>alert("x")</script> O'Brien & co`;
    const mail = renderMail(hello, 'fr', { name, url: 'https://parvis.example.org/r?a=1&b="2"' }, layout);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; co');
    expect(mail.html).toContain('href="https://parvis.example.org/r?a=1&amp;b=&quot;2&quot;"');
    expect(mail.html).not.toContain(`O'Brien`);
    expect(mail.text).toContain(`Votre demande « ${name} » avance.`);
    expect(mail.text).toContain('Voir:\nhttps://parvis.example.org/r?a=1&b="2"');
    expect(mail.text).toContain('> ' + name);
    expect(mail.subject).toBe(`Bonjour ${name}`);
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.text).toContain('Parvis-sur-Loire');
    expect(mail.text).toContain('Se désabonner: https://parvis.example.org/r');
  });

  it('renders the English layout, lists, and one-line subjects', () => {
    const mail = renderMail(hello, 'en', { name: 'a\r\nBcc: x@y', url: 'https://parvis.example.org/x' }, layout);
    expect(mail.subject).toBe('Hello a Bcc: x@y');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain('<li><a href="https://parvis.example.org/x"');
    expect(mail.html).toContain('<li>plain</li>');
    expect(mail.text).toContain('Sent by Parvis-sur-Loire through Parvis');
  });

  it('refuses links that are not absolute http(s) URLs', () => {
    expect(() => renderMail(hello, 'fr', { name: 'x', url: 'javascript:alert(1)' }, layout)).toThrow(/not an absolute/);
    expect(() => renderMail(hello, 'fr', { name: 'x', url: '/relative' }, layout)).toThrow(/not an absolute/);
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
