/** Month and weekday names, time-zone abbreviations and relative-time words, as data. */

export const MONTHS: Record<string, number> = {
  // French, with the usual abbreviations.
  janvier: 1, janv: 1, 'févr': 2, fevr: 2, 'février': 2, fevrier: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, 'août': 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  'décembre': 12, decembre: 12, 'déc': 12, dec: 12,
  // English.
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};

export const WEEKDAYS = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim',
]);

export const TIMEZONES = new Set([
  'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'mt',
  'hne', 'hae', 'hnc', 'hac', 'hnr', 'har', 'hnp', 'hap', 'hna', 'haa', 'he', 'hec', 'hnt', 'aest', 'ist', 'heure', 'heures',
  'locale', 'local', 'time', 'am', 'pm', 'a', 'p', 'm',
]);

/** Words that may stand around a date on a dateline without making it something else. */
export const DATE_FILLER = new Set([
  'le', 'la', 'les', 'à', 'a', 'au', 'de', 'du', 'et', 'h', 'on', 'at', 'the', 'of', 'and', 'in', 'à', 'vers', 'il', 'y',
  'publié', 'publiée', 'publie', 'posté', 'postée', 'diffusé', 'diffusée', 'daté', 'mis', 'mise', 'jour', 'maj', 'modifié', 'modifiée',
  'actualisé', 'actualisée', 'dernière', 'mise', 'published', 'posted', 'updated', 'last', 'first', 'originally', 'modified', 'date',
  'dated', 'revised', 'hier', 'yesterday', 'aujourd', "aujourd'hui", 'hui', 'today', 'ago', 'ce', 'matin', 'soir', 'midi',
  'er', 'st', 'nd', 'rd', 'th', 'heure', 'heures', 'hours', 'hour', 'minutes', 'minute', 'min', 'mins', 'jours', 'days', 'day', 'jour',
  'secondes', 'seconds', 'semaines', 'weeks', 'mois', 'months', 'hrs', 'hr', 'environ', 'about', 'update', 'à jour', 'm', 'à',
]);
