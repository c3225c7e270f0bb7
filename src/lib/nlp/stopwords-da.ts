// Danish stopwords, vendored and reviewed. Started from the stopwords-iso `da` list (MIT) and
// rewritten by hand for spoken focus-group Danish: function words (pronouns, articles,
// prepositions, conjunctions, auxiliaries, common adverbs), number words and discourse fillers.
//
// Deliberately NOT stopwords although some generic lists have them, because they carry meaning
// in child-welfare talk: far, mor, mand, barn, god, stor, ny, lille, sige, se, komme, tage,
// alene, sammen, fælles, dengang, straks, tidligere, bekymring, undersøgelse.
// Multi-part abbreviations (`f.eks.`, `bl.a.`) are single tokens; single-part ones (`pga.`) are
// a word plus `.`, so both spellings appear here.

const WORDS = `
ad af al aldrig alle allerede alt altid altså anden andet andre at
bag bare begge bl.a. blandt blev blive bliver blevet bør burde både
da de dem den denne deres der derefter derfor dermed det dette dig din dine disse dit dog du dvs
efter egentlig eller ellers en end endnu ene enhver ens enten er et ethvert
f.eks. faktisk fem fik fire flere fleste for fordi fra få får fået før
gennem gjorde gjort godt gør gøre
haft han hans har havde have helt hende hendes hen her herefter hinanden hos hun hvad hvem
hver hvert hverken hvilke hvilken hvilket hvis hvor hvordan hvorfor hvornår hvorvidt
i idet igen ikke imod ind inde inden indtil ingen ingenting intet især
ja jamen jeg jer jeres jo jf
kan kun kunne kunnet
lad langs lidt lige
m.m. m.v. man mange med meget mellem men mens mere mest mig min mine mit mod måske må måtte mv
ned nej nemlig ni noget nogen nogle nok nu nå næsten når
o.l. og ok okay om omkring op os osv otte over også
pga på
samme samt selv selvom seks sig simpelthen sin sine sit skal skulle som stadig syv så sådan således
thi ti til to tre
ud ude uden under
var ved vel vi via vil ville villet vor vore vores vort være været
øh øhm hm hmm mm
dvs evt iflg ift ifm mht ca d.
`;

export const STOPWORDS_DA: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
