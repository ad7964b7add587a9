export const buildSearchParamsWithLocale = search => {
  const locale = window.WOOT_WIDGET && window.WOOT_WIDGET.$root.$i18n.locale;
  const params = new URLSearchParams(search);
  if (locale) {
    params.append('locale', locale);
  }
  const result = params.toString();
  return result ? `?${result}` : '';
};
