/**
 * The design system's style sheets, imported once by the app's entry (app/main.tsx). Apart from
 * ui/index.ts on purpose: a module importing a style sheet always has an effect, so the bundler
 * would keep every module that index.ts re-exports (the photo picker…) in the home page's chunks.
 */
import './tokens.css';
import './base.css';
import './components.css';
import './photos.css';
