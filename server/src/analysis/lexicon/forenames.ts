/**
 * Forenames with a usual gender: the last resort for resolving `he` and `she`, used only
 * when the text itself gives no evidence (earlier pronouns, Mr./Ms., gendered titles).
 * Common names in English-language news; ambiguous names (Jordan, Taylor...) are left out,
 * or listed in both when the text still needs them as forenames (Jan: Dutch, German and Czech
 * men, English women), so they name a person and say nothing of gender.
 */

const MALE = `aaron abdul abdullah abe abraham adam adrian ahmed al alan albert alberto alec alejandro alex alexander
alexei alexus alfred ali alistair allen alvin amir anders andre andrea_m andreas andrei andres andrew andy angelo anthony
antonio antony armin arnold arthur ashraf ashton austin barack barney barry bashar ben benjamin bernard bernie bill billy
bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan byron calvin carl carlos cedric chad charles
charlie chip chris christian christopher chuck clarence clark claude clay clint cody colin conor corey cory craig curt
curtis cyril dale dan daniel danny darrell darren dave david dean dennis derek devin dick dimitri dmitry dominic don donald
doug douglas drew duncan dwight earl ed eddie edgar edmund eduardo edward edwin elijah elliot elon emanuel emmanuel enrique
eric erik ernest ethan eugene evan fabio felipe felix fernando francis francisco frank franklin fred frederick gabriel
gareth gary gavin geert gene geoff geoffrey george gerald gerard gerhard giorgio giovanni giuseppe glenn gordon graham
grant greg gregory gustavo guy hamid hank hans harold harry hassan hector henry herbert herman hogan howard hugh hugo hunter
ian idrees igor isaac ivan jack jacob jaime jake james jamie jan jared jason javier jay jeb jeff jeffrey jens jeremy jerome
jerry jesse jesus jim jimmy joachim joe joel johan john johnny jon jonathan jorge jose joseph josh joshua juan julian
julio justin karl keir keith ken kenneth kevin kim_m kirk kurt kyle lance larry lars lawrence lee_m leo leon leonard
leroy lewis lindsey_m lloyd lorenzo louis luca lucas luis luke luther malcolm manuel marc marco marcus mario mark marshall
martin marvin mathias matt matteo matthew maurice max maxim michael miguel mike milton mitch mitchell mohamed mohammad
mohammed muhammad murray nathan neil nelson nicholas nick nicolas nigel noah norman oleg oliver omar oscar otto owen pablo
paolo pat_m patrick paul pedro pete peter phil philip phillip pierre rafael rahm ralph ramon rand randy raul ray raymond
reed reggie reince reuben ricardo richard rick rob robert roberto rod rodney roger roland ron ronald ross roy ruben rudy
rudolph russell ryan salman sam samuel saul scott sean sebastian sergei sergey seth shane shaun sherrod sidney simon
stanley stefan stephen steve steven stuart tad ted terry theodore thomas tim timothy todd tom tommy tony travis trent
trey tyler ulrich valentin vernon victor viktor vince vincent vladimir volodymyr walter warren wayne wesley will william
willie xavier yuri zach zachary`;

const FEMALE = `abby abigail ada adele adriana agnes aileen aisha alexandra alexis alice alicia alison allison amanda amber
amelia amy ana anastasia andrea angela angelina angie anita ann anna anne annette annie antonia april ariana arlene ashley
audrey ayanna barbara beatrice becky belinda beth betsy betty beverly bianca brenda bridget brittany brooke caitlin
camila candace cara carla carly carmen carol caroline carolyn cassandra catherine cathy cecilia celia charlotte chelsea
cheryl chloe christina christine cindy claire clara claudia colleen connie constance courtney cristina crystal cynthia
daisy dana danielle daphne darlene dawn debbie deborah debra denise diana diane dianne dolores donna doris dorothy ebony
edith eileen elaine eleanor elena elisabeth elise eliza elizabeth ella ellen elise emily emma erica erin esther eva evelyn
faith fatima felicia fiona frances francesca gabriela gabrielle gail gillian gina giorgia giselle gladys gloria grace
gretchen gwen hannah harriet hazel heather heidi helen helena hillary holly hope ilhan ingrid irene iris isabel isabella
ivanka jackie jacqueline jan jane janet janice jasmine jean jeanne jeanine jennifer jenny jessica jill jo joan joanna
joanne jodi jody josephine joy joyce judith judy julia julie juliet june justine kamala karen karine karla karoline kate
katherine kathleen kathryn kathy katie katrina kay kayla kellyanne kelly_f kim_f kimberly kirsten kristen kristin kristina
kristi krysten laura lauren laurie leah leila lena leslie lilian lillian linda lindsay lisa liz liza lois loretta lori
lorraine louise lucia lucy lydia lynn mabel madeleine madison maggie maria marian marianne marie marilyn marine marion
marjorie marsha martha mary maxine maya megan meghan melania melanie melissa meredith mia michele michelle mildred mindy
miriam molly monica nadia nancy naomi natalie natasha nicola nicole nikki nina nora norma olga olivia pam pamela patricia
patsy paula pauline peggy penelope penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta robin_f rosa
rosalind rose rosemary ruth sabine sally samantha sandra sara sarah selina shannon sharon sheila shelley sherry shirley
silvia sofia sonia sophia sophie stacey stephanie sue susan susana suzanne sylvia tamara tammy tanya teresa theresa tiffany
tina tracy ursula valerie vanessa vera veronica vicki victoria violet virginia vivian wanda wendy whitney yolanda yvonne
zoe`;

function parse(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((name) => name && !name.includes('_')));
}

export const MALE_FORENAMES = parse(MALE);
export const FEMALE_FORENAMES = parse(FEMALE);
