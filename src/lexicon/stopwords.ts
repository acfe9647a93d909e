/**
 * Function words of English and French, for the "does this read like prose?" test (jusText's
 * stopword density). Not a language model: src/lang decides the language.
 */
export const STOPWORDS_EN = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how
i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says according
while since though although who's it's he's she's that's there's they're we're i'm don't didn't doesn't isn't wasn't aren't weren't
won't can't couldn't wouldn't shouldn't has hasn't haven't had hadn't will would may might must shall been being per via`.split(/\s+/),
);

export const STOPWORDS_FR = new Set(
  `a à au aux avec ce ces cet cette c' d' dans de des du elle elles en est et été être eu il ils j' je l' la le les leur leurs lui m'
ma mais me même mes moi mon n' ne ni nos notre nous on ont ou où par pas pour qu' que qui s' sa sans se ses si son sont sur ta te tes
toi ton tu un une vos votre vous y ça avait avaient aussi alors après avant bien car comme contre depuis donc encore entre fait faire
plus peu selon sous tous tout toute toutes très quand quel quelle quelles quels lors dont ainsi cela celle celui ceux déjà dès été
était étaient sera seront serait pourrait peut peuvent doit doivent a-t-il a-t-elle ont-ils selon afin chez vers leurs`.split(/\s+/),
);
