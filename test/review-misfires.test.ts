/**
 * Ordinary story lines that rules added in session 4 first took for furniture, found by a
 * review of those rules (each page written for the review, in the style of a news site).
 * Each must stay in the story. The pages are inline so the tests need nothing else.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';

const PAGES: Record<string, { text: string; kept: string[] }> = {
  "copy.txt": {
    "text": "Novelist wins court battle over stolen plot\n\nBy Karen Doyle\nMarch 4, 2025\n\nA Toronto novelist has won her lawsuit against a streaming company that turned her debut book into a series without paying her, a judge ruled on Tuesday.\n\nJustice Amir Patel found that the company had used the plot, the characters and several long passages of dialogue from the 2016 novel.\n\nThe writer's lawyers argued the copyright protection covered the characters as well as the text.\n\nThe company had said the series was an original work developed by its own writers over three years.\n\nThe judge ordered the company to pay 1.2 million dollars in damages and to credit the novelist in every episode.\n\nThe company said it would study the ruling before deciding whether to appeal.\n",
    "kept": [
      "The writer's lawyers argued the copyright protection covered the characters as well as the text.",
      "The company said it would study the ruling before deciding whether to appeal."
    ]
  },
  "covers.txt": {
    "text": "Province expands dental program to working families\n\nThe new program covers children and seniors in every region of the province and will cost about 400 million dollars a year.\n\nBy Priya Raman\nJune 2, 2025\n\nThe provincial government announced on Monday that it would extend free dental care to families earning less than 90,000 dollars a year, starting in September.\n\nHealth Minister Laura Chen said about 600,000 people would qualify in the first year, most of them children under 12.\n\nDentists' associations welcomed the plan but warned that rural clinics were already struggling to hire staff.\n\nThe opposition said the government had waited too long and that the income limit left out many middle-class families.\n",
    "kept": [
      "The new program covers children and seniors in every region of the province"
    ]
  },
  "covers2.txt": {
    "text": "Homeowners face long waits as flood claims pile up\n\nBy Priya Raman\nJune 2, 2025\n\nInsurers have received more than 12,000 claims since the river flooded three towns last week, the industry association said on Monday.\n\nMany homeowners do not know whether their policy includes overland flooding, which was excluded from most contracts until 2015.\n\nStandard policy covers basements in most provinces\n\nIn Quebec and Ontario, most policies sold since 2016 include overland flooding as an option that costs between 100 and 300 dollars a year.\n\nIn the Prairies, the option is offered by only a few insurers, and many homeowners in flood zones cannot buy it at all.\n\nThe federal government has promised a national flood insurance program by 2027.\n",
    "kept": [
      "The federal government has promised a national flood insurance program by 2027."
    ]
  },
  "numbers.txt": {
    "text": "Quebec jobless rate climbs to highest level in seven years\n\nBy Marc Tremblay\nJune 6, 2025\n\nQuebec's unemployment rate rose for a third straight month in May as manufacturers cut jobs in response to American tariffs, Statistics Canada said on Friday.\n\nEconomists had expected a small rise, but not the loss of 41,000 jobs reported in the survey, most of them in factories in the Montreal region.\n\nMore on the numbers\n\nUnemployment rate in May: 6.8 per cent\nThat is the highest level since 2017, economists said.\nManufacturing jobs lost since January: 27,000\nMost of those jobs were in the aluminium and furniture industries.\n\nThe provincial government said it would present an aid package for exporters next week, and urged Ottawa to match it.\n\nLabour groups called for wider access to employment insurance for workers whose plants have cut shifts.\n",
    "kept": [
      "Labour groups called for wider access to employment insurance"
    ]
  },
  "prix.txt": {
    "text": "Transports : le nouveau passe régional sera moins cher pour les jeunes\n\nPar Claire Dubois\n12 mars 2025\n\nLa région a présenté mardi son nouveau passe de transport, qui remplacera dès septembre les trois abonnements actuels des réseaux de bus et de tramway.\n\nSi vous avez moins de 26 ans, le passe vous coûtera à partir de 20 euros par mois, contre 35 euros aujourd'hui.\n\nLes retraités paieront 30 euros, et les demandeurs d'emploi voyageront gratuitement sur présentation d'une attestation.\n\nLe conseil régional estime le coût de la mesure à 14 millions d'euros par an, financés en partie par une hausse du versement mobilité des entreprises.\n\nLes associations d'usagers saluent la baisse des prix mais réclament davantage de bus le soir et le week-end.\n",
    "kept": [
      "le passe vous coûtera à partir de 20 euros par mois"
    ]
  },
  "offre.txt": {
    "text": "Fibre : l'opérateur régional baisse ses prix pour contrer la concurrence\n\nPar Marc Lefèvre\n5 février 2025\n\nL'opérateur Armorique Télécom a annoncé mercredi une baisse de 15 % de ses tarifs de fibre, deux mois après l'arrivée d'un concurrent national dans le département.\n\n« Notre offre d'abonnement reste la moins chère du marché, et nous comptons le rester », a assuré son directeur général, Yann Le Goff, lors d'une conférence de presse à Quimper.\n\nL'entreprise revendique 48 000 clients, dont un tiers dans les communes rurales raccordées depuis 2022.\n\nLe concurrent n'a pas souhaité réagir, mais plusieurs analystes s'attendent à une guerre des prix dans l'ouest de la France.\n",
    "kept": [
      "Notre offre d'abonnement reste la moins chère du marché"
    ]
  },
  "levy.txt": {
    "text": "Tech giants to pay levy for local news, minister says\n\nBy Tom Hughes\nMay 20, 2025\n\nLarge technology platforms will pay a levy on their advertising revenue to fund local news, the culture minister announced on Tuesday.\n\nThe levy will support public interest journalism in regional newsrooms, with the first grants expected next spring.\n\nAbout 120 titles have closed since 2015, according to figures from the industry body.\n\nThe platforms said they already paid publishers through licensing deals and warned the levy could reduce investment.\n",
    "kept": [
      "The levy will support public interest journalism in regional newsrooms"
    ]
  },
  "substack.txt": {
    "text": "Writers flock to paid email platforms as layoffs hit newsrooms\n\nBy Dana Ruiz\nJuly 8, 2025\n\nHundreds of journalists who lost their jobs this year have started their own paid publications, according to data released on Monday.\n\nNewsletter platform Substack said it now counts five million paid subscriptions, double the figure it reported two years ago.\n\nSeveral former reporters told the conference they earned more on their own than in their last staff jobs.\n\nOthers said the income was unpredictable and that health insurance was their biggest cost.\n",
    "kept": [
      "Newsletter platform Substack said it now counts five million paid subscriptions"
    ]
  },
  "pano.txt": {
    "text": "Landmark hotel reopens after two-year renovation\n\nBy Ann Lee\nJune 3, 2025\n\nThe Château Laurier reopened its doors on Friday after a renovation that cost more than 80 million dollars and closed the hotel for two years.\n\nIts panoramic-view restaurant on the top floor is booked solid until the end of August, the manager said.\n\nThe owners plan to add a spa and a rooftop bar next year, pending city approval.\n\nStaff who were laid off during the works were offered their jobs back, the union said.\n",
    "kept": [
      "Its panoramic-view restaurant on the top floor is booked solid"
    ]
  },
  "lede2.txt": {
    "text": "Flood waters recede in Gatineau as residents return home\n\nThousands of Gatineau residents began returning to their homes on Friday as the Ottawa River fell below flood level for the first time in nine days, city officials said.\n\nThe mayor thanked volunteers who filled more than 200,000 sandbags during the worst of the flooding.\n\nDamage across the region\nVolunteers clear mud from a basement on Rue Jacques-Cartier on Friday.\nPhoto: Adrian Wyld/The Canadian Press\n\nInsurers said it was too early to estimate the cost, but that claims were already arriving by the hundreds.\n\nOfficials said the damage would take months to assess, and that a federal aid program would open next week.\n",
    "kept": [
      "Damage across the region"
    ]
  }
};

describe('story lines that look like the furniture of a rule stay in the story', () => {
  it.each(Object.keys(PAGES))('%s', (name) => {
    const { text, kept } = PAGES[name]!;
    const r = ingest(text);
    for (const line of kept) expect(r.body).toContain(line);
    expect(r.related).toEqual([]);
  });

  it('a <noscript> twin of an article the page already shows is not read twice', () => {
    const html = "<html><head><title>Council votes to close Elm Street library</title></head><body><header><nav><a href=/>Home</a></nav></header><main><article><h1>Council votes to close Elm Street library</h1><p>The council voted on Monday to close the Elm Street library branch at the end of the year, citing a budget shortfall of two million dollars.</p><p>Residents who packed the meeting said the branch was the only quiet place for students in the neighbourhood to study after school.</p><p>The mayor said the city would extend opening hours at the central library and add a bus route to make up for the closure.</p></article><div class=lite-version><noscript><p>The council voted on Monday to close the Elm Street library branch at the end of the year, citing a budget shortfall of two million dollars.</p><p>Residents who packed the meeting said the branch was the only quiet place for students in the neighbourhood to study after school.</p><p>The mayor said the city would extend opening hours at the central library and add a bus route to make up for the closure.</p></noscript></div></main><footer>© 2025 City Paper</footer></body></html>";
    const r = ingest(new TextEncoder().encode(html), { path: 'twin.html' });
    expect(r.body.split('Elm Street library branch').length - 1).toBe(1);
  });
});
