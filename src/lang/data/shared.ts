// Tokens that say nothing about English versus French, and tokens that say "neither".

/**
 * Spelled the same and common in both languages (cognates, loanwords, brands of
 * everyday life). Listing them stops a one-sided entry or a suffix rule from voting.
 */
export const NEUTRAL = `
ok nation nations question questions situation situations solution solutions
position positions information action actions direction directions condition conditions
production protection population opinion opinions attention intention intentions mission
missions passion session sessions version versions tension tensions vision communication
administration organisation organisations organization conclusion consultation
construction destruction tradition traditions collection
important possible impossible probable simple double triple total normal national
international local social central final moral animal original principal capital
festival royal loyal global brutal fatal mental vital signal 
image images page pages message messages village villages garage sage courage danger
rage stage menu menus restaurant restaurants bar bars club clubs sport sports football
tennis golf rugby match score record champion champions film films radio internet web site
sites blog email mail e-mail police justice crime crimes prison suspect suspects budget budgets
service services programme programmes plan plans place places part parts point points
table tables train trains bus taxi station stations moment moments instant date dates minute
minutes note notes type types style culture nature science sciences art arts article
articles accident accidents incident incidents parent parents client clients patient
patients agent agents accent argument arguments document documents instrument monument
excellent intelligent urgent permanent violent terrible horrible visible invisible
sensible capable stable long grave fine rose sale fruit orange pizza union unions
chance chances change changes support effort efforts cause causes source sources force
forces face base bases respect contact impact direct correct exact leader leaders manager
marketing parking camping meeting shopping week-end six cent tv pc app apps smartphone
web covid virus structure surface talent unique usage volume vague violence
violent guide machine phase photo photos portrait distance district couple direction
expression existence orientation tour transport canal prudence absence bouquet coin
content surprise mode secret silence signal critique rare zone
alliance alternative architecture assistance attitude audience balance coalition
commercial confidence conservation constant constitution consultant destination discipline
discrimination distribution division dominant engage exception exclusive expansion expose
extension fiction finance hostile imagination imagine impose infection influence initial
innovation inspection instance intelligence invasion invite licence location magazine marine
massive mention mobile motion motivation notable notion observation occupation offensive
oppose option options pension permission perspective portion pose possession profession
promotion proportion propose provision racial radical relative religion restriction rival
satellite sculpture section segment servant sponsor substance suggestion suppose
transformation transition variable variation viable violation civil code format gang
hockey lobby minimum maximum port standard studio ticket cycle parade intense verdict
grade cabinet podcast newsletter court chat personnel euro net taxi hot-dog gay trans
paris france europe london canada québec montréal washington bruxelles brussels
new-york google facebook twitter amazon apple microsoft tiktok instagram youtube
`;

/**
 * Frequent function words of other languages that news dumps mix in (Spanish, Italian,
 * Portuguese, German, Dutch). They lower the confidence instead of voting.
 */
export const FOREIGN = `
el los las una del por para pero muy también está están esta este eso esto todo
nada hola gracias sí fue ser hay porque cuando como más sus años ellos nosotros usted
della delle degli dello gli sono è anche questo questa molto sempre ancora
não são uma muito também você fazer ela eles
der die das und ist nicht ein eine einen einem dem den mit von zu auf für ich wir ihr
sind wurde werden auch noch nur aber oder wenn dass bei nach aus über sehr schon
sich wird haben hatte einer eines zum zur vom im beim heute jetzt immer wieder seine
ihre ihren diese dieser dieses kein keine zwischen gegen durch ohne gesagt gibt
hace puede tiene sobre desde hasta ya ahora donde mientras otro otra cada mismo
het een niet zijn ook maar
`;

/** Letters French and English do not use natively (ñ, ß, umlauts, ...). */
export const FOREIGN_LETTERS = 'ñßäöüáíóúãõåøłąęśżźčřšžőűğışǎ¿¡';
