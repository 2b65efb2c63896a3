import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useI18n, type Lang } from '@/i18n';
import { Button, Notice, SiteNameProvider, Spinner } from '@/ui';
import { useAuth } from './auth';
import { useCommune, useCommuneTheme, type ShellCommune } from './commune';
import { footerItems, navItems, shellBanners, type NavItem } from './features';
import { flash, type Flash } from './flash';

/** The commune's logo when it has one (beside its name, so decorative), else Parvis's mark. */
function Logo({ commune }: { commune: ShellCommune | null }) {
  if (commune?.logo) return <img src={commune.logo.url} alt="" className="p-header__logo" />;
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#1d3f8f" />
      <path
        d="M6 26h20M8 24V13m5.5 11V13m5 11V13m5.5 11V13M5 12 16 5l11 7z"
        stroke="#fff"
        strokeWidth="2.2"
        fill="none"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  // One button naming the other language in that language (what its speakers look for).
  return (
    <Button variant="ghost" size="small" lang={other} onClick={() => setLang(other)}>
      {t(`app.languageNames.${other}`)}
    </Button>
  );
}

function NavEntry({ item, count }: { item: NavItem; count?: { count: number; label: string } | null }) {
  const { t } = useI18n();
  return (
    <NavLink to={item.to} end={item.to === '/'} aria-label={count?.label}>
      {t(item.labelKey)}
      {/* The space keeps the visible text « Notifications 3 » inside the name « Notifications, 3 non lues ». */}
      {count && ' '}
      {count && (
        <span className="p-nav__count" aria-hidden="true">
          {count.count > 99 ? '99+' : count.count}
        </span>
      )}
    </NavLink>
  );
}

/** A nav link with a live count (its own component, so the item's hook is always called). */
function CountedNavLink({ item, useCount }: { item: NavItem; useCount: NonNullable<NavItem['useCount']> }) {
  return <NavEntry item={item} count={useCount()} />;
}

/** The items this viewer may see (roles, signed in). */
function useVisibleItems(all: NavItem[]): NavItem[] {
  const { viewer, hasRole } = useAuth();
  return all.filter((item) => {
    if (item.roles?.length) return hasRole(...item.roles);
    if (item.signedIn) return Boolean(viewer);
    return true;
  });
}

/**
 * The header. On a phone (under 48rem) it is one line: the commune's name, the language and a
 * « Menu » button that shows the navigation and the account links (a disclosure: aria-expanded,
 * Escape closes it and gives focus back to the button; it closes by itself on navigation). Wider,
 * the button is hidden and the menu is always shown as a second row.
 */
function Header({ commune }: { commune: ShellCommune | null }) {
  const { t } = useI18n();
  const { viewer, signOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = useVisibleItems(navItems);
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <header className="p-header">
      <div className="p-header__band">
        <div className="p-container">
          <div className="p-header__bar">
            <Link to="/" className="p-header__brand">
              <Logo commune={commune} />
              <span className="p-header__name">{commune?.name ?? t('app.name')}</span>
            </Link>
            <div className="p-header__tools">
              <LanguageSwitcher />
              <button
                ref={menuButton}
                type="button"
                className="p-header__menu-button"
                aria-expanded={open}
                aria-controls="site-menu"
                onClick={() => setOpen((o) => !o)}
              >
                <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                  <path d={open ? 'M4 4l12 12M16 4 4 16' : 'M2 4h16M2 10h16M2 16h16'} stroke="currentColor" strokeWidth="2.4" fill="none" />
                </svg>
                {t('app.menu')}
              </button>
            </div>
          </div>
        </div>
      </div>
      <div className={`p-container p-header__menu${open ? ' p-header__menu--open' : ''}`} id="site-menu">
        <div className="p-header__row">
          {items.length > 0 && (
            <nav className="p-nav" aria-label={t('app.mainNav')}>
              <ul>
                {items.map((item) => (
                  <li key={item.to}>
                    {item.useCount ? <CountedNavLink item={item} useCount={item.useCount} /> : <NavEntry item={item} />}
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div className="p-header__account">
            {viewer ? (
              <>
                <NavLink to="/account" className="p-header__link">
                  {t('app.account')}
                  <span className="p-visually-hidden"> ({viewer.displayName})</span>
                </NavLink>
                <Button
                  variant="secondary"
                  size="small"
                  onClick={async () => {
                    await signOut();
                    setOpen(false);
                    await navigate('/', flash('app.signedOut'));
                    // Already home, the address does not change: the button just pressed is gone, the page's title takes focus.
                    document.getElementById('page-title')?.focus();
                  }}
                >
                  {t('app.signOut')}
                </Button>
              </>
            ) : (
              <>
                <NavLink to="/sign-in" className="p-header__link">
                  {t('app.signIn')}
                </NavLink>
                <Link to="/sign-up" className="p-button p-button--small">
                  {t('app.signUp')}
                </Link>
              </>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}

/**
 * After each navigation (not the first load), move focus to the new page's h1 so screen readers
 * announce it and keyboard users start from the top of the content.
 */
function useFocusOnNavigation() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A new page starts at its top (what ScrollRestoration did with the data router).
    window.scrollTo(0, 0);
    const target = document.getElementById('page-title') ?? document.getElementById('main');
    target?.focus({ preventScroll: false });
  }, [location.pathname]);
}

/** The legal pages every page links to (their routes are the commune feature's). */
const LEGAL_LINKS = [
  { to: '/legal/mentions-legales', key: 'app.legal.LEGAL_NOTICE' },
  { to: '/legal/privacy', key: 'app.legal.PRIVACY' },
  { to: '/legal/accessibility', key: 'app.legal.ACCESSIBILITY' },
  { to: '/legal/terms', key: 'app.legal.TERMS' },
] as const;

/** The town hall's contact details (once set up) and the legal pages (with the features' public reports), on every page. */
function Footer({ commune }: { commune: ShellCommune | null }) {
  const { t } = useI18n();
  const extra = useVisibleItems(footerItems);
  const conformance = commune?.accessibilityConformance ?? 'PARTIAL';
  const hasContact = commune?.configured && (commune.address || commune.phone || commune.email || commune.website || commune.openingHours);
  return (
    <footer className="p-footer">
      <div className="p-container p-footer__columns">
        {commune?.configured && (
          <section aria-labelledby="footer-commune" className="p-footer__contact">
            <h2 id="footer-commune" className="p-footer__title">
              {t('app.footerCommune', { name: commune.name ?? '' })}
            </h2>
            {hasContact && (
              <dl className="p-footer__details">
                {commune.address && (
                  <div>
                    <dt>{t('app.contact.address')}</dt>
                    <dd className="p-pre-line">{commune.address}</dd>
                  </div>
                )}
                {commune.phone && (
                  <div>
                    <dt>{t('app.contact.phone')}</dt>
                    <dd>
                      <a href={`tel:${commune.phone.replace(/[^0-9+]/g, '')}`}>{commune.phone}</a>
                    </dd>
                  </div>
                )}
                {commune.email && (
                  <div>
                    <dt>{t('app.contact.email')}</dt>
                    <dd>
                      <a href={`mailto:${commune.email}`}>{commune.email}</a>
                    </dd>
                  </div>
                )}
                {commune.website && (
                  <div>
                    <dt>{t('app.contact.website')}</dt>
                    <dd>
                      <a href={commune.website}>{commune.website.replace(/^https?:\/\//, '')}</a>
                    </dd>
                  </div>
                )}
                {commune.openingHours && (
                  <div>
                    <dt>{t('app.contact.hours')}</dt>
                    <dd className="p-pre-line">{commune.openingHours}</dd>
                  </div>
                )}
              </dl>
            )}
          </section>
        )}
        <nav aria-label={t('app.legal.nav')} className="p-footer__legal">
          <ul>
            {LEGAL_LINKS.map((l) => (
              <li key={l.to}>
                <Link to={l.to}>{l.key === 'app.legal.ACCESSIBILITY' ? t(`app.legal.conformance.${conformance}`) : t(l.key)}</Link>
              </li>
            ))}
            {extra.map((item) => (
              <li key={item.to}>
                <Link to={item.to}>{t(item.labelKey)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="p-footer__note">{t('app.footer')}</p>
      </div>
    </footer>
  );
}

export function Layout() {
  const { t } = useI18n();
  const location = useLocation();
  const message = (location.state as { flash?: Flash } | null)?.flash;
  const commune = useCommune();
  useCommuneTheme(commune);
  useFocusOnNavigation();
  return (
    <div className="p-shell">
      <a className="p-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header commune={commune} />
      <main id="main" className="p-main" tabIndex={-1}>
        <div className="p-container">
          {shellBanners.map((Banner, i) => (
            <Banner key={i} />
          ))}
          <div role="status">{message && <Notice tone="success">{t(message.key, message.params)}</Notice>}</div>
          <SiteNameProvider name={commune?.name ?? null}>
            {/* A page's code arrives with its first visit (lazyPage); later navigations keep the current page until it has. */}
            <Suspense fallback={<Spinner />}>
              <Outlet />
            </Suspense>
          </SiteNameProvider>
        </div>
      </main>
      <Footer commune={commune} />
    </div>
  );
}
