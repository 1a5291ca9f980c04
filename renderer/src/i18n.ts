// i18next with Dutch as default and English complete; texts live in /locales.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en.json';
import nl from '../../locales/nl.json';

const LANGUAGE_KEY = 'kbz.language';
const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(LANGUAGE_KEY) : null;

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: saved === 'en' ? 'en' : 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(lng: 'nl' | 'en'): void {
  localStorage.setItem(LANGUAGE_KEY, lng);
  document.documentElement.lang = lng;
  void i18n.changeLanguage(lng);
}

document.documentElement.lang = i18n.language;

export default i18n;
