// English evidence, written by hand. Kept as whitespace-separated strings rather than
// arrays so that importing this module costs a handful of string literals; the
// detector splits them into lookup tables on its first call.
//
// Syntax: `word` takes the list's default weight; `word:w` overrides it. A weight is
// roughly "log-odds in favour of English when this token is seen", before calibration.
// A word that is also French is listed in both files; the detector nets the two.

/** Closed-class words and the most frequent verbs: the strongest cue on short text. */
export const EN_FUNCTION = `
the:4 a:1.8 an:2.5 and:4 or:2 but:2.5 nor of:4 to:3.5 in:3 on:1.5 at:2.5 by:3 for:3.5 with:3.5 from:3.5
into onto upon about above across after against along among amid amidst around before behind
below beneath beside besides between beyond during except inside near off outside over past
since than through throughout till toward towards under underneath until unto up via within
without despite per
i:3 me:1.5 my myself you:3.5 your yours yourself yourselves he:3.5 him his:3.5 himself she:3.5 her:3.5 hers
herself it:3.5 its:3 itself we:3.5 us:2 our:2.5 ours ourselves they:3.5 them:3.5 their:3.5 theirs themselves
this:3.5 that:3.5 these those who:3.5 whom whose which:3.5 what:3.5 whatever whoever whichever whomever
where:3 when:3.5 why how:3 whether if:3 because although though while whereas unless so:2 yet
also:3 too very just only even still already ever never always often sometimes usually
again once twice here there now then today tomorrow yesterday tonight soon later ago
is:3.5 are:3.5 was:3.5 were:3.5 be:3 been:3.5 being am have:3.5 has:3.5 had:3.5 having do:2.5 does:3 did:3
done doing will:3 would:3.5 shall should:3.5 can:2.5 could:3.5 may:1.5 might must ought
not:3.5 no:2.5 yes all:2.5 any some each every either neither both few many much more most less
least other another such own same several enough something anything nothing everything
someone anyone everyone nobody somebody anybody everybody whereby wherever whenever
one two three four five seven eight nine ten eleven twelve twenty thirty forty fifty
hundred thousand million billion trillion first second:1 third fourth fifth last next
out down back away however therefore thus hence meanwhile moreover furthermore otherwise
instead perhaps maybe really quite rather almost nearly like:2.5 well:2.5 within
isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't won't wouldn't
can't cannot couldn't shouldn't mustn't mightn't needn't shan't ain't let's
i'm i've i'll i'd you're you've you'll you'd he's he'll he'd she's she'll she'd it's it'll
we're we've we'll we'd they're they've they'll they'd that's there's here's what's who's
where's how's
said:3 says:3 say:3 told:3 tell get:3 got:3 gets getting make:3 makes made:3 making take takes took
taken taking go:2.5 goes went gone going come comes came coming see:3 saw seen know knew
known think thought want:3 wants wanted give gave given find found need needs needed
use used using become became becomes seem seems seemed keep kept let put:2 show showed shown
ask asked asks feel felt leave left try tried call called
`;

/** Frequent English content words (news, everyday speech). Default weight 2. */
export const EN_COMMON = `
year years time times day days week weeks month months people person man men woman women
child children kid kids family families friend friends life lives world country countries
state states city cities town home house houses school schools university work works
worked working job jobs company companies business businesses government governments
money market markets price prices cost costs pay pays paid paying tax taxes bank banks
party parties election elections vote votes voted voters
president minister prime official officials courts judge law laws right rights
war wars peace army military troops soldier soldiers attack attacks killed kill killing dead death
deaths health hospital hospitals doctor doctors disease care water food
fire fires weather rain snow storm storms wind heat climate energy power oil gas fuel
car cars road roads street streets plane planes flight flights airport ship
boat travel trip report reports reported reporting news story stories statement statements
group groups team teams game games player players season league cup win wins won winning
lose lost losing loss scored goal goals finals
number numbers percent rate rates data study studies research researchers
scientists science technology tech phone phones computer software online
network video videos movie movies music song songs book books show shows
church history student students teacher teachers education
question questions issue issues problem problems policy policies decision
decisions deal deals agreement talks meeting meetings supported supporters
against:3 fight fighting crisis changed growth economy economic economics
jobs workers worker strike strikes industry industrial trade trading deal
sales buy bought buying sell sold selling spend spent spending debt deficit
revenue investors investment shares stocks
pound pounds interest loan loans housing rent homes property land farm farmers
foreign domestic private federal royal
new:3 old:2.5 young good:3 better best bad worse worst great big small large:0.5 little short
high higher highest low lower lowest early earlier late latest major key main:0.5 full free
hard easy strong weak real true false clear open closed whole wide deep heavy light dark
white black red blue green yellow brown gold silver happy sad angry afraid sure likely
impossible different difficult available similar recent former
current top hot cold warm cool fresh ready able alive dead poor rich cheap expensive
safe dangerous serious single common special certain own whole huge tiny
beautiful ugly nice pretty lovely wonderful terrible awful funny strange busy tired
hungry sick ill healthy quick slow fast quiet loud empty clean dirty wrong correct
north south east west northern southern eastern western
morning afternoon evening night nights midnight noon hour hours minute minutes
monday tuesday wednesday thursday friday saturday sunday weekend
january february march april june july august september october november december
spring summer autumn fall winter birthday holiday holidays christmas easter
head face eye eyes ear ears mouth hand hands arm arms leg legs foot feet heart blood body
hair skin bone brain mind voice name names word words language letter letters email
door window room rooms floor wall walls chair bed kitchen garden yard roof
office building buildings shop shops store stores hotel library
church churches town hall jail field fields forest tree trees river rivers lake sea
ocean island islands mountain mountains hill beach sky sun moon star stars earth ground
dog dogs cat cats horse horses bird birds fish cow pig sheep chicken
bread meat egg eggs milk cheese coffee tea beer wine drink drinks dinner lunch breakfast
meal cake sugar salt apple apples fruit vegetables
thing things way ways side sides end fact facts
kind kinds lot lots area areas level levels line lines form forms
behaviour behavior reason reasons result results
idea ideas matter matters role rules rule order orders control system systems
power powers force forces program programs
project projects process value values quality risk risks threat threats
need help helped helping helps hope hoped hopes wish wished worry worried fear feared
believe believed belief love loved loves like liked likes hate hated enjoy enjoyed
look looked looking looks watch watched watching hear heard listen listened read reading
write wrote written writing speak spoke spoken speaking talk talked talking ask asking
answer answered reply replied explain explained describe described agree agreed
allow allowed offer offered provide provided include included includes including
continue continued remain remained stay stayed live lived living  died dying born
start started starting begin began begun beginning stop stopped end ended ending finish finished
open opened close closed move moved moving turn turned run ran running walk walked walking
drive drove driving ride fly flew sit sat stand stood wait waited happen happened
bring brought build built buy carry carried catch caught choose chose cut draw drew
eat ate eaten drink drank fall fell forget forgot hold held hit hurt lead led learn learned
lend lie meet met:0.5 pay raise raised rise rose:0.5 reach reached send sent:1 set shoot shot
sing sleep slept spend stand steal struck teach taught throw threw understand understood
wake wear wore win won worked works expect expected consider considered suggest suggested
claim claimed deny denied warn warned urge urged accuse accused arrest arrested charge
charged charges investigate investigation investigations announce announced launch
launched release released sign signed approve approved reject rejected ban banned
increase increased decrease reduce reduced rise rising fell falling grow grew grown
produce produced protect protected prevent prevented improve improved create created
develop developed design designed manage managed lead leading join joined leave leaving
return returned visit visited travel travelled traveled arrive arrived appear appeared
according announced spokesman spokeswoman spokesperson
chief executive director manager members member staff employees workforce board
council committee commission agency department ministry parliament congress senate
senator senators lawmakers campaign campaigns candidates poll polls survey
border borders migrants immigration refugees asylum security safety
shooting gun guns weapons bomb bombing victims victim trial jury
prosecutors lawyer lawyers evidence guilty sentence sentenced jail rights



quickly slowly recently finally actually probably especially certainly simply clearly
fully largely mostly mainly particularly exactly directly easily hardly nearly truly
already together around ahead behind forward apart alone else anyway anymore
though although unless whereas whatsoever whether
mr mrs ms dr sir madam lady gentleman guy guys boy boys girl girls baby babies mother
father mom mum dad parents brother brothers sister sisters son:0.5 sons daughter daughters
husband wife wives uncle aunt cousin grandfather grandmother neighbour neighbor neighbours
thanks thank please sorry hello hi hey goodbye bye welcome okay cheers
doesn't stuff anything else nothing
king queen prince princess lord church god
enough worth cheap
shall lets
politics political politically politician politicians policymakers
ability abroad absolutely academic accept accepted access accompany account accounts
accurate achieve achieved acknowledge acquire actor actress adapt add added adding
addition additional address adjust admit admitted adult adults advance advanced advantage
advertising advice advise affair affect affected afford afterwards agenda aggressive
aid aim aimed aircraft alarm album alcohol alliance alongside alternative amazing
ambassador amount analysis ancient announcement anniversary annoyed anticipate anxiety
anxious apart apparent apparently appeal appealed appearance application apply applied
appointment approach appropriate approve architecture argument arrangement arrest
arrival artist artists aside asset assets assess assessment assistance assistant assume
attempt attempted attend attended attitude attorney audience author authorities authority
average avoid avoided award awarded awareness awful background balance band bank banking
barely bargain barrier base based basic basically basis battle bay beauty bedroom beer
beginning behalf beneath benefit benefits beside bet bind birth bishop bitter blank
blanket bless blocked blood board boarding bond bonus border borrowing bottom boundary
brand breach break breaking breakfast breast brilliant broadcast brother budget bullet
burden bureau butterfly buyer cabinet cable calculate camp campaigners cancer candidate
capability capacity captured career carrier cart cartoon cast casual category cattle
celebrate celebrated celebration cell cells certainly chair challenge challenged
challenges championship channel chapter character characters charity chart chase cheap
chemical chicken chief childhood chip chocolate choose chosen circle circumstances
citizen citizens civil civilian civilians claim clear cleared clearly climb clinic clinical
clock closely clothing clue cluster coal coalition coastal code coffee collapse collapsed
colleague colleagues collection colonel column combat combination comedy comfortable
command commander comment comments commercial commit commitment committed communities
community compare compared comparison compete competition competitive complain complained
complaint complaints complete completed completely complex component concept concern
concerned concert conclude concluded conduct conducted conference confidence confident
confirm conflict confusion congress connect connected connection consequence conservation
consider considerable consist constant constantly constitution construct consultant
consumer consumers contain contained contemporary content contest context contract
contracts contribute contribution convention conversation convert convicted convince
convinced cook cookie cooperation cop cope core corporate corridor costly cottage
counter county couple courage coverage cream creative creature credit crew crisis critic
critical criticism criticised criticized crop crossing crucial cultural curious currency
currently custody cycle daily dairy damaged dare database daughter deadly dealer dealing
dear decade decades declare declared decline declined dedicated deep deeply defeat
defeated defend defendant define definitely degree deliberately delight delighted
demand democracy democratic demonstrate denied depend dependent deposit depression
depth deputy derived describe desert deserve desire desperate desperately destination
detail detailed detect determine determined device diet difference digital dimension
dinner diplomatic direct directly dirty disabled disagree disappear disappointed
discipline discount discover discovered discovery discrimination discuss discussed
discussion dismissed display dispute distance distinct distinguish distribution district
divide divided division divorce document domestic dominant double doubt downtown draft
drama dramatic drawing drawn dress drew drinking driven driver drivers drove drug drugs
due dust duty eager earlier earn earth easily eastern edge edition editor educational
effective effectively efficient elderly election electric electricity element eligible
eliminate elsewhere embassy emerge emerged emergency emotional emphasis empire employ
employer employment enable encounter encourage encouraged ending enemies enforcement
engage engaged engineer engineering enormous ensure entered enterprise entertainment
enthusiasm entirely entitled entrance entry environment environmental episode equal
equally equipment equivalent era error essential essentially establish established
estate evaluate event events eventually everyday evidence evil exactly examine examined
exceed excellent exception exchange excited exclusive executive exercise exhibition exist
existing exit expand expansion expect expensive experience experienced experiment expert
experts explain explanation explore explosion expose exposed exposure express
expression extend extended extension extensive extent extra extraordinary extreme
extremely facility facilities factor factory faculty failed failure fairly faithful
familiar fancy fantastic fashion fault feature featured features fee feed feedback fewer
fiction fifteen fighter filled filling filmmaker finally finance financial finding
firearms firm firmly fishermen fitness flash flat fleet flight float flow fluid focus
focused folks followers football forecast foreign forest forget forgotten formal format
former formula fortune forward foundation founded founder fourteen frame framework
frankly freely frequency frequent frequently friendship frontier frozen fruit frustrated
fulfil fund funds funeral furthermore gallery gang gap garage gather gear gender gene
general generally generate generation generous genuine gesture ghost giant girlfriend
glance global goods gorgeous governance grab grade gradually graduate grain grand grant
granted grateful greatest greatly grief grocery gross guarantee guard guidance guidelines
guitar handful handled handling happily harassment hardly harm harsh headline headlines
heading headed healthcare hearing heavily helicopter heritage hero highlight highly
highway hiking hint historic historical hit hockey holder holding hollow holy homeless
honestly honour honor hook horror hostage hostile household housing however huge
humanity humour hunger hungry hunter identify identity ignore ignored illegal illness
illustrate image imagination imagine immediate immediately immigrant immigrants impact
implement implications imply impose impressive improvement incentive incident include
income increasingly incredible incredibly independence independent index indicate
indicated indicator individual individuals indoor industries inevitable infant
infection influence inform informal ingredient ingredients inherit initial initially
initiative injured inner innocent innovation input inquiry insight insist insisted
inspection inspector inspire install instance instead institute institution institutions
instruction insurance intact intelligence intend intended intense intention interested
interesting interior internal interpret interpretation interview interviewed invasion
invest invested investigators invite invited involve involved involvement island isolated
item items itself jacket jet joint journalist journalists journey judgment junior
justify keen keeping kidnapped kingdom knee knowledge labour labor lack lacked landscape
largely laser lasting lately latter launch laundry lawyer layer leadership leading
leak leaked learning lease leather lecture legacy legal legally legislation legislative
legitimate leisure length lesser liability liberal license licence lifetime lighting
likewise limit limited link linked listing literally literature living loaded loans
lobby locate located location lonely longtime lord losses loud lover lovely lower luxury
machine magazine magic maintain maintenance majority maker makeup manage management
manner manufacturer manufacturing margin marine marked marker marketing marriage mass
massive master match material materials mate maximum mayor meaning meantime meanwhile
measure measures mechanism medal medical medication medium membership memory mental
mention mentioned merely mess message metal method middle midnight mild mile
military mind minimum minister minor minority miracle mission mistake mobile model
moderate modern modest moment monitor monitoring moral mortality mostly motion motivation
motor mount mountain movement mud multiple murder murdered muscle museum mutual mystery
naked narrative narrow nation native naturally navy nearby neat necessarily necessary
negative negotiate negotiations neither nervous network neutral newly newspaper nightmare
nobody noise nominee normally notable notably notice noticed notion novel nowhere
numerous nurse nursing objective obligation observation observe observed obstacle obtain
obvious obviously occasion occasional occasionally occupation occupied occur occurred
offence offense offensive officer officers ongoing operate operating operation
operations operator opponent opponents opportunity oppose opposed opposite option options
ordinary organic organise organize organised organized origin originally outcome
outdoor outfit output outstanding overall overcome overlooked overnight owned ownership
pace package painful painting palace panel panic parade parking partial partly partner
partners partnership passage passenger passion passport pastor patient pattern patterns
peaceful peak penalty pension perceived percentage perfect perfectly perform performance
performed perhaps period permanent permission permit personal personality personally
perspective persuade phase philosophy photo photograph photographer photos phrase physical
physician pick pilot pitch planet planned planning plant plants plastic platform plea
pleasure plot plus poetry pole politician politicians pollution poorly pop popular
popularity port portion portrait pose positive possess possession possibility possibly
post poster potential potentially pound poverty powerful practical practice practices
praise precisely predict prediction prefer pregnancy pregnant premier premium preparation
prepare prepared presence present presentation preserve presidency presidential press
pressure presumably prevent previous previously pride priest primarily primary principal
principle print prior priority privacy private privilege prize probably procedure
proceed proceedings producer product production profession professional professor
profile progress prominent promote promoted promotion prompt prompted proof proper
properly proportion proposal propose proposed prosecution prospect protest proud prove
proved proven provider province provision psychological psychology publication publicly
publish published publisher punishment purchase purpose pursue qualify quantity quarter
quote quoted racial racism radical random range rank rapid rapidly rare rarely rating
rather ratio reaction readers readily reality realize realise realized realised rear
reasonable reasonably recall receive received recognise recognize recognised recognized
recommend recommendation recommended recover recovered recovery recruit reduction refer
reference reflect reflected reform refuge refugee regard regarding regardless regime
region regional register registered regret regular regularly regulation regulations
regulatory relate related relation relationship relationships relative relatively
relax release relevant reliable religion religious reluctant rely remaining remark
remarkable remarks remote removal remove removed repeated repeatedly replace replaced
replacement represent representative representatives represented reputation request
requested require required requirement requirements rescue reserve resident resign
resist resistance resolution resolve resort resource resources respect respond responded
response responsibility responsible restore restriction restrictions retail retain retire
retired retirement reveal revenue review reviewed revolution reward rhythm rid ridiculous
rifle rival romantic row rural sacred sacrifice sadly salary sample satellite satisfied
scale scared scenario scene schedule scholar scholarship scope screen script sculpture
seal seat secondary secretary section sector secure seeking segment seize select
selected selection senior sensitive separate sequence series servant session settle
settled setting severe severely sexual shadow shaped shareholders sharing sharply shelter
shift shock shocked shooting shore shortly shot shoulder sight signal signature
significance significant significantly silence silent similarly simultaneously sink
site sitting situation skill skills slavery sleeping slight slightly slope smart
smooth so-called soccer society software solar sole solid solution somehow somewhat
sophisticated soul sound source sources southern sovereignty spare speaker special
specialist species specific specifically spectacular speech speed spending spirit
spiritual split sponsor spot squad stable stadium stage stance standard standards
standing startup statistics status steady stem stick stock stolen straightforward
strategic strategy strength strengthen stress stretch strict strictly strike striking
structure struggle studio stuff style subject submit subsequent subsequently
substance substantial succeed success successful successfully sufficient suffer suffered
suggestion suicide suitable summer super supply supplies supporter suppose supposed
supreme surely surface surgery surprise surprised surprising surprisingly surrender
surrounding survival survive survived survivor survivors suspend suspended sustain
sustainable swear sweeping switch symbol sympathy symptom symptoms talented target
targeted targets taxpayer teaching technical technique technologies teenage teenager
teenagers telephone telescope television temperature temple temporary tendency tension
term terms terrorism terrorist terrorists testimony testing thanks theatre theater theme
theory therapy thereby thinking thorough thoroughly thousands threaten threshold
thrilled thus ticket tight tightly timing tiny tissue title tobacco tone topic total
totally touch tough tour tournament trace tradition traditional traffic tragedy tragic
trail training transfer transform transformation transition translate transport
transportation treasure treatment tremendous trend trends trial tribe trick trigger
trillion troubled truly trustee tune twelve twin typical typically ultimately unable
uncertain uncertainty unclear underground underlying undermine unexpected unfortunately
uniform unique unit united unity universal unknown unlike unlikely unprecedented upcoming
update updated upgrade upper urban urge urgent usage used user users utility vaccine
vaccines valid valley valuable variable variation variety various vast vehicle vehicles
venture venue verdict version versus vessel veteran veterans viable victory viewer viewers
village violate violation violence violent virtual virtually visible vision visitor
visitors visual vital voice volume voluntary volunteer volunteers vulnerable wealth
wealthy weapon weapons wear website wedding weekly welfare wherever whilst whom widely
widespread willing willingness wine winter wisdom witness witnesses wonder wondering
wooden workplace workshop worldwide worth wrong yield youngsters
afraid angry anyway apartment argue argued army arrived asleep awake aware bag bags ball
band bath bathroom battle bear beard beat beaten became bedroom bee beef began behave
bell belong belt bench bike bill bills bit bite bitter blame blind block blow blew board
boil bold bomb bones border bored boring borrow boss bother bottle bottom bought bowl
boxes brain branch brave breath breathe breeze brick bridge brief bright broad broke
broken brush bucket bug burn burned burst bury busy butter button cab cake calm camera
candle cap captain card cards careful carefully carpet cash castle caused ceiling
chain chairman cheap check checked cheek cheer chest chin choice church cloth
clothes cloud clouds coast coat coin collar collect college colour color comb comfort
cook cooked cooking copy corner cotton cough count counted cousin cover covered
crash crazy cream crew cried crowd crown cry cup cups curtain customer customers damage
dance danced dare dear debate decide decided deep defeat defence defense degree
delay deliver demand demanded dentist desk destroy destroyed dig dinner dirt dish
dishes dive doll dozen drawer dream dreamed dreams dress dressed drop dropped drown
dry duck dust duty eager earn earned earthquake ease edge egg elbow elder engine
enjoy enemy enter entered entire envelope escape evening exam example excited exciting
exercise eye fair faith false famous far farm fat fault favourite favorite feather
feed fellow fence fever fight fought fill filled finger fingers fish fishing fit flag
flat flood floor flower flowers folk follow followed following fool foolish forehead
forever forgive fork fought freedom freeze fridge friendly frighten frog fun
funny fur furniture gate gather gave gift glad glass glasses glove gloves goat god
gone gotten grass grew guess guessed guest guests guilty gun habit hall hammer handle
hang hanged happen happy harbour harbor hat hate heavy height helmet hen hid hide hill
hire hired hobby hole holiday honest honey hook horrible host hug hunt hunting hurry
hurried husband ice inch inches income indeed injured injury ink insect inside island
jacket jam joke joked journey joy jump jumped key kick kicked kill kind kindly kiss kissed
kitchen kite knee knife knock knocked knot ladder laugh laughed laughter lawn lay lazy
leaf leaves lean leather lesson lessons lid lift lifted lip lips lock locked lonely
loose lose loud lovely luck lucky lunch mad mail mark married marry mask meal meant
measure medicine melt mention mess midday mile miles milk mirror miss missed missing
mistake mix mixed mood mouse mud nail narrow neck needle nest nice nose notebook
nurse nut obey odd offer oil onion ought oven owe owner pack paid pain paint painted
pair pan paper parcel park parked pass passed path pay pen pencil pepper pet pick picked
picture pie piece pillow pin pink pity play played playing pleasant
pleased plenty pocket poem poet pole polite pool potato potatoes pour:0.5 powder pray
pretty prize promised proud pull pulled pump punish pupil purple purse push
pushed queue quiet rabbit rail rained rainbow rang raw reached ready recipe
refused remember remembered remind repair repeat rest rested rice rich riddle ring
ripe river roar rob robbed rock roll rolled rope rough round row rubbish rug ruler
rush rushed sack sail sailor salad sand saucer saved saw scared scarf scissors
scream screamed search seat seed seek selfish sew shade shadow shake shaking
shallow shame shape share shared sharp shave sheet shelf shell shine shiny shirt shoe
shoes shook shop shopping shore shout shouted shower shut shy sick sight silly sink sir
size skirt sleepy slice slide slip slipped smell smile smiled smoke smoking snake sock
socks soft soil sold soldier soup sour spare spell spider spoon spot spread square stairs
stamp stare steal steam steel step steps stick stiff sting stomach stone stones storm
straight strange stranger straw stream stretch string stuck stupid sudden suddenly
suitcase sum supper swallow sweat sweep sweet swim swimming swing sword tail
tall taste tear tears teeth tent terrible thank thick thief thin thirsty thread throat
thumb thunder tidy tie tied tight tin tip tired toe toilet tomato tongue tool
tools tooth towel tower toy toys track trap tray treat trousers truck trunk trust truth
twin ugly umbrella uncle unless upset upstairs useful useless usual vacation
wage wages waist waiter wake walk wall wallet wander warm wash washed waste watch wave
weak wealth weapon weave wedding weigh weight wet wheel whisper whistle wide wild willing
wing wings winner wipe wire wise witch woke wood wooden wool worm worn worry wound wrap
wrist yell yellow yet young youth zero
agreed alleged allegations amid analysts annual approval backing backed ballot banks
bid bids boost boosted bosses breakthrough broadcaster budgets ceasefire
chancellor cheaper claims clash clashes closure concerns confirmed conservative
conservatives crackdown cuts deadline deadly deals delayed democrats deputy detained
diplomats disaster downturn drought earnings elected emergency envoy estimate estimated
exports faces facing fears fighters findings firms flooding fraud funding governor
headquarters hearing hikes hostages imports inquiry insurers jobless killings landmark
lawsuit lawmakers layoffs liberal lockdown loophole mayor merger militants
minister's mortgage mortgages negotiators neighbourhood nuclear
opposition outbreak overseas owners pandemic passengers pledged pledge
probe protesters protests quarter rally recession regulators reforms relief rescue
residents resigned resignation retailers revealed rivals ruling rulings
scandal scheme settlement shortage shortages slowdown spokesman stake stakes
strikes struggling subsidies summit surge surged tariffs taxpayers threatened
tourism tourists treaty troops turmoil unemployment unveiled upheld voters warned
warning wealthy weekly wildfire wildfires withdrawal withdrew worldwide wounded
`;

/**
 * Orthographic cues for words absent from both lexicons: `^x` is a prefix, `x$` a
 * suffix, bare `x` anywhere. Weights are modest because loanwords cross over.
 */
export const EN_PATTERNS = `
ing$:2.5 ings$:2.5 ness$:3 nesses$:3 ship$:2.5 ships$:2.5 ful$:2.5 fully$:3 less$:2
ly$:1.8 ward$:2.5 wards$:2.5 wise$:1.5 ght:3 ough:3 augh:3 eigh:3
ity$:2 ities$:2.5 ism$:1.8 isms$:2 ist$:1 ists$:1.5 ic$:1.2 ical$:2.5 ically$:3
ize$:2.5 ized$:2.5 izes$:2.5 izing$:3 ization$:2.5 izations$:2.5
ous$:2 ously$:3 ary$:1.8 aries$:2 ory$:1.8 ories$:2 ate$:0.8 ated$:2 ates$:1.5 ating$:3
ed$:1.2 ied$:0.8 ies$:0.6 ers$:0.8 y$:1 ey$:2 ay$:2 oy$:2 ow$:2 ew$:2 aw$:2 ows$:2
ck:2.5 cks$:2.5 sh:1.8 tch:2.5 dge:2.5 wh:3 ^wh:1 w:1.5 k:0.8 ^kn:2 ^wr:2 th:0.6 ^th:1
ld$:2 lds$:2 ng$:1 ngs$:1.5 wn$:2.5 wns$:2.5 ee:1.2 oo:0.8 ea:0.6 oa:1.5 oy:1
k$:1.5 ks$:1.5 g$:0.6 h$:0.6 p$:0.8 b$:0.8 ff$:1.2 ief$:1 ive$:0.5 ives$:0.4
ment$:0 ments$:0 ent$:0.2 ents$:0.3 er$:0.1 or$:0.8 ors$:1
`;

/** English clitics after an apostrophe: `'s`, `n't`, ... */
export const EN_CLITICS = `s:2.5 t:3 re:2.5 ve:3 ll:3 d:2 m:2.5`;
