/**
 * Negation, modality and tense on the predicate that carries them, and the scope of embedding
 * predicates (src/extract/predicate.ts, scope.ts): issue 10, patterns 6 and 7. Sentences written
 * for the rule. Each row: [why, text, triple, expected qualifiers].
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, findTriple, show } from './_triples.ts';
import type { Relation } from '../../src/types.ts';

type Row = [why: string, text: string, want: string, qual: Partial<Pick<Relation, 'negated' | 'modality' | 'tense'>>];

const TABLES: Record<string, Row[]> = {
  'negation and modality on the verb chain (not folded into the label)': [
    ['"has yet to" is not done', 'Kenya has yet to ratify the treaty with Uganda.', 'KEN -RATIFY_TREATY_WITH-> UGA', { negated: true, modality: 'asserted' }],
    ['"has to" is an obligation', 'Kenya has to pay Uganda.', 'KEN -PAY-> UGA', { negated: false, modality: 'necessary', tense: 'present' }],
    ['a perfect participle, "having sold", is a past act, no obligation', 'Having sold its stake in Peru, Repsol left Chile.', 'repsol -SELL_STAKE_IN-> PER', { negated: false, modality: 'asserted', tense: 'past' }],
    ['… after the main clause too', 'Ferrovial wants to grow in Spain, having bought Zentrix in 2003.', 'ferrovial -BUY-> zentrix', { negated: false, modality: 'asserted', tense: 'past' }],
    ['a past perfect the parser split from its "had" is no obligation', 'He pointed to how Chile had in 1997 complained about Bolivia.', 'CHL -COMPLAIN_ABOUT-> BOL', { negated: false, modality: 'asserted', tense: 'past' }],
    ['"never" negates', 'Brazil has never lost to Peru at home.', 'BRA -LOSE_TO-> PER', { negated: true }],
    ['"is set to" schedules: intended, future', 'Volvo is set to buy Saab.', 'volvo -BUY-> saab', { negated: false, modality: 'intended', tense: 'future' }],
    ['"are believed to" is hearsay: possible, the label is the event', 'Volvo is believed to favour Saab.', 'volvo -FAVOR-> saab', { negated: false, modality: 'possible', tense: 'present' }],
    ['"is said to have" is hearsay about a past event', 'Volvo is said to have bought Saab.', 'volvo -BUY-> saab', { negated: false, modality: 'possible', tense: 'past' }],
    ['"is known to" confirms: asserted', 'Volvo is known to favour Saab.', 'volvo -FAVOR-> saab', { negated: false, modality: 'asserted', tense: 'present' }],
    ['"is expected to" foresees: possible, future', 'Volvo is expected to buy Saab.', 'volvo -BUY-> saab', { negated: false, modality: 'possible', tense: 'future' }],
    ['"seems to" is an appearance: possible, the label is the event', 'Peru seems to back Chile.', 'PER -BACK-> CHL', { negated: false, modality: 'possible', tense: 'present' }],
    ['… "seemed to have" a past one', 'Peru seemed to have backed Chile.', 'PER -BACK-> CHL', { modality: 'possible', tense: 'past' }],
    ['"is tipped to" foretells: possible, future', 'Volvo is tipped to buy Saab.', 'volvo -BUY-> saab', { negated: false, modality: 'possible', tense: 'future' }],
    ['"are forecast to" foretells: possible, future', 'Peru and Chile are forecast to sign the deal with Bolivia.', 'PER -SIGN_DEAL_WITH-> BOL', { modality: 'possible', tense: 'future' }],
    ['"was able to" in the simple past is the act done', 'Zentrix was able to buy Saab.', 'zentrix -BUY-> saab', { negated: false, modality: 'asserted', tense: 'past' }],
    ['… "was not able to" the act not done', 'Peru was not able to pay Chile.', 'PER -PAY-> CHL', { negated: true, modality: 'asserted' }],
    ['… "has been able to" stays an ability', 'Peru has been able to pay Chile.', 'PER -PAY-> CHL', { modality: 'possible' }],
    ['"unable to" is a negated ability', 'Peru is unable to pay its debt to Chile.', 'PER -PAY_DEBT_TO-> CHL', { negated: true, modality: 'possible' }],
    ['"failed to" did not happen', 'Sudan failed to disarm the militias.', 'SDN -DISARM-> militias', { negated: true }],
    ['an ended event is not happening', 'Russia stopped paying its debts.', 'RUS -PAY-> debts', { negated: true }],
    ['a participle after a noun reports a done event: past', 'Two soldiers died near a bomb planted by Kurdish rebels.', 'kurdish-rebels -PLANT-> bomb', { tense: 'past' }],
    ['a verb whose past is its base form, after a singular subject, is past', 'Brazil beat Peru in the final.', 'BRA -BEAT-> PER', { tense: 'past' }],
    ['"close to" a gerund is near, not done', 'Volvo is close to buying Saab.', 'volvo -BUY-> saab', { negated: false, modality: 'possible' }],
    ['"came close to" a gerund, the adverb beside the verb', 'Peru came close to attacking Chile.', 'PER -ATTACK-> CHL', { modality: 'possible' }],
    ['a subject with "no" negates the clause', 'No Peruvian troops entered Chile.', 'per-troop -ENTER-> CHL', { negated: true }],
    ['… a country\'s government too', 'No Bolivian government has recognised Chile.', 'BOL -RECOGNIZE-> CHL', { negated: true }],
    ['"neither … nor" on the subjects negates', 'Neither Peru nor Bolivia attacked Chile.', 'BOL -ATTACK-> CHL', { negated: true }],
    ['a modal auxiliary', 'Iran may close the strait.', 'IRN -CLOSE-> strait', { modality: 'possible' }],
    ['"no" on a passive\'s patient negates', 'No agreement was signed by Chile and Peru.', 'CHL -SIGN-> agreement', { negated: true }],
    ['an infinitive coordinated with a folded one shares the verbs above it', 'Peru agreed to buy jets and to train pilots from Chile.', 'PER -AGREE_TO_TRAIN_FROM-> CHL', { negated: false, modality: 'asserted', tense: 'past' }],
    ['… and their negation, once', 'Peru did not agree to buy jets or to train pilots from Chile.', 'PER -AGREE_TO_TRAIN_FROM-> CHL', { negated: true, modality: 'asserted', tense: 'past' }],
    ['… and an intention verb\'s modality', 'Iran plans to build a reactor and to buy uranium from Niger.', 'IRN -BUY_FROM-> NER', { modality: 'intended' }],
    ['"are going to" is the future, nobody\'s plan', 'Peru is going to beat Chile in the final.', 'PER -BEAT-> CHL', { modality: 'asserted', tense: 'future' }],
    ['"in no way" negates', 'Peru in no way accepted the offer from Chile.', 'PER -ACCEPT_OFFER_FROM-> CHL', { negated: true }],
    ['"in no way" after the auxiliary negates', 'Ghana did in no way provoke Togo.', 'GHA -PROVOKE-> TGO', { negated: true }],
    ['a conjunct negated on its own: "and not"', 'Peru will sign the deal with Chile and not Bolivia.', 'PER -SIGN_DEAL_WITH-> BOL', { negated: true }],
    ['… the other conjunct stays asserted', 'Peru will sign the deal with Chile and not Bolivia.', 'PER -SIGN_DEAL_WITH-> CHL', { negated: false }],
    ['… with its preposition: "not with X but with Y"', 'Peru will sign the deal not with Bolivia but with Chile.', 'PER -SIGN_WITH-> BOL', { negated: true }],
    ['… "or not" is no negated conjunct', 'Peru must decide whether or not Chile will sign the deal.', 'CHL -SIGN-> deal', { negated: false }],
    ['"can\'t" is a negated "can", as "cannot" is', "Chile can't sell copper to Peru.", 'CHL -SELL_TO-> PER', { negated: true, modality: 'possible' }],
    ['"shan\'t" is a negated future', "Chile shan't sell copper to Peru.", 'CHL -SELL_TO-> PER', { negated: true, tense: 'future' }],
    ['"needs to" is an obligation: necessary, the label is what is needed', 'Peru still needs to consult Chile.', 'PER -CONSULT-> CHL', { negated: false, modality: 'necessary', tense: 'present' }],
    ['… "did not need to" a negated one', 'Peru did not need to consult Chile.', 'PER -CONSULT-> CHL', { negated: true, modality: 'necessary' }],
    ['what is done "without" something leaves it undone', 'Peru signed the deal without consulting Chile.', 'PER -CONSULT-> CHL', { negated: true }],
    ['"is looking to" is an intention, the label the event', 'Peru is looking to buy jets from Chile.', 'PER -BUY_FROM-> CHL', { negated: false, modality: 'intended' }],
    ['… "looks likely to" an appearance', 'Peru looks likely to beat Chile.', 'PER -BEAT-> CHL', { negated: false, modality: 'possible' }],
    ['… and "looked to be"', 'Peru looked to be heading for a win over Chile.', 'PER -HEAD_OVER-> CHL', { negated: false, modality: 'possible' }],
    ['what "it is easy for X to" do is possible, not done', 'It was easy for Peru to attack Chile.', 'PER -ATTACK-> CHL', { negated: false, modality: 'possible' }],
    ['… what "it is vital for X to" do is needed', 'It is vital for Peru to attack Chile.', 'PER -ATTACK-> CHL', { negated: false, modality: 'necessary' }],
    ['"cannot but" is a necessity, not a negation', 'Russia cannot but react to the threats of Ukraine.', 'RUS -REACT_TO-> threats', { negated: false, modality: 'necessary' }],
  ],
  'a clause under a negated, doubting, denying, alleging or hypothetical predicate': [
    ['under a negated ability', 'The minister has never been able to prove that Iran is supplying weapons to the rebels.', 'IRN -SUPPLY_WEAPON_TO-> group:rebel', { negated: false, modality: 'possible' }],
    ['under a negated speech verb', 'Spain did not say that Morocco had closed the border.', 'MAR -CLOSE-> border', { modality: 'possible' }],
    ['under a denial: negated, as its speaker has it', 'Ghana denied that Togo had attacked its border posts.', 'TGO -ATTACK-> border posts', { negated: true }],
    ['a belief denied is the contrary believed (neg-raising)', 'Peru does not believe that Chile attacked Bolivia.', 'CHL -ATTACK-> BOL', { negated: true, modality: 'possible' }],
    ['… "don\'t think" too', "I don't think Chile will sign the treaty with Bolivia.", 'CHL -SIGN_WITH-> BOL', { negated: true, modality: 'possible' }],
    ['… its own complement only, not a later one joined to it', 'Ana Ruiz then said: "I do not believe that Tom Vale has said that, but if he said it, I believe that it is a serious matter and he should give Peru an answer."', 'tom-vale -GIVE-> PER', { negated: false, modality: 'necessary' }],
    ['… nor the speech verb after a quotation', '"I honestly don\'t think about these reports," Tom Vale told the Peruvian press.', 'tom-vale -TELL-> per-press', { negated: false, modality: 'asserted' }],
    ['what one is set on doing is intended', 'Peru reaffirmed its determination to fight Chile.', 'PER -FIGHT-> CHL', { negated: false, modality: 'intended' }],
    ['… or committed to', 'Peru reaffirmed its commitment to help Chile.', 'PER -HELP-> CHL', { modality: 'intended' }],
    ['under doubt', 'Officials doubt that Sudan will sign the agreement with Chad.', 'SDN -SIGN_AGREEMENT_WITH-> TCD', { modality: 'possible', tense: 'future' }],
    ['a belief is no claim of fact', 'Ghana believes that Togo attacked its border posts.', 'TGO -ATTACK-> border posts', { modality: 'possible', tense: 'past' }],
    ['… nor is what someone thought', 'The rebels thought that Togo supported them.', 'TGO -SUPPORT-> group:rebel', { modality: 'possible' }],
    ['under an accusation', 'Greece accused Turkey of violating its airspace.', 'TUR -VIOLATE-> airspace', { modality: 'possible' }],
    ['an embedded question', 'Iran asked whether Iraq rejected the plan.', 'IRQ -REJECT-> plan', { modality: 'possible' }],
    ['an "if" condition', 'Peru will impose sanctions on Chile if Chile rejects the offer.', 'CHL -REJECT-> offer', { modality: 'conditional' }],
    ['an "if" condition with no comma, which the parser makes the main clause', 'If Jo Vale had been in better shape she would have beaten Ana Ruiz.', 'jo-vale -BE_IN-> better shape', { modality: 'conditional' }],
    ['an "as long as" condition', 'Peru will win as long as Tom Vale continues in his form.', 'tom-vale -CONTINUE_IN-> form', { modality: 'conditional' }],
    ['a modal noun\'s clause', 'Analysts raised the possibility that Iran attacked the tanker.', 'IRN -ATTACK-> tanker', { modality: 'possible' }],
    ['an event pressed for', 'Britain is pressing the US to cut greenhouse gases.', 'USA -CUT-> greenhouse gases', { modality: 'intended' }],
    ['a reported event', 'Peru dismissed reports that Chile had closed the border.', 'CHL -CLOSE-> border', { modality: 'possible' }],
    ['… a report denied is a claim denied', 'Zentrix denied reports it was withdrawing from Peru.', 'zentrix -WITHDRAW_FROM-> PER', { modality: 'possible', negated: true }],
    ['… and a claim rejected', 'Peru rejected claims that it had attacked Chile.', 'PER -ATTACK-> CHL', { modality: 'possible', negated: true }],
    ['what a demand asks for is not done', 'Peru reiterated its demand that Chile withdraw its troops.', 'CHL -WITHDRAW-> troops', { modality: 'intended', negated: false }],
    ['… nor what a rejected demand asked for', 'Peru rejected the demand that it pay Chile.', 'PER -PAY-> CHL', { modality: 'intended', negated: true }],
    ['a charge\'s content is charged, not shown', 'Tom Vale faces trial on charges that he bribed Peruvian officials.', 'tom-vale -BRIBE-> per-official', { modality: 'possible' }],
    ['a yes-no question asserts nothing', 'Will Peru discuss the situation in Chile?', 'PER -DISCUSS_SITUATION_IN-> CHL', { modality: 'possible' }],
    ['… nor a duty it asks about', 'Does this mean that Peru must stop selling copper to Chile?', 'PER -SELL_TO-> CHL', { modality: 'possible' }],
    ['… nor does a suggestion', 'How about Peru discussing the situation in Chile?', 'PER -DISCUSS_IN-> CHL', { modality: 'possible' }],
    ['"happy to" is a will, the label the event', 'Tom Vale also insisted Ireland were happy to handle the pressure.', 'IRL -HANDLE-> pressure', { modality: 'intended' }],
    ['… a question for its reason presupposes the act', 'Why did Peru discuss the situation in Chile?', 'PER -DISCUSS_SITUATION_IN-> CHL', { modality: 'asserted' }],
    ['a wish inside a condition is a condition', 'If the rebels want to return to Peru, Chile can discuss it.', 'group:rebel -RETURN_TO-> PER', { modality: 'conditional' }],
    ['what nothing suggests is not asserted', 'There is nothing to suggest that Zentrix has attacked any of the sites in Peru.', 'zentrix -ATTACK_IN-> PER', { modality: 'possible', negated: false }],
    ['"no doubt that" is a certainty: asserted', 'I have no doubts that Peru is backing Chile.', 'PER -BACK-> CHL', { modality: 'asserted', negated: false }],
    ['"no plans to" denies the plan', 'Peru has no plans to attack Chile.', 'PER -ATTACK-> CHL', { modality: 'intended', negated: true }],
    ['what a verb of telling reports in an irregular past happened, as told', 'Peru told Chile that Bolivia took the town of Arica.', 'BOL -TAKE-> arica', { modality: 'asserted', tense: 'past' }],
    ['a negated clause with alternatives is denied of each, not possible', 'Peru did not attack Chile or Bolivia.', 'PER -ATTACK-> BOL', { modality: 'asserted', negated: true }],
    ['a rumour\'s clause without "that" is unconfirmed', 'Mr Brown queried why Mr Smith had failed to confirm rumours he was starting a new party.', 'smith -START-> party', { modality: 'possible', negated: false }],
    ['the one accused "of" doing an act did it, as alleged', 'Smith was accused of attacking Jones in Lima.', 'smith -ATTACK-> jones', { modality: 'possible', negated: false, tense: 'past' }],
    ['… and the object of an active accusation', 'Peru accused Chile of arming Bolivia.', 'CHL -ARM-> BOL', { modality: 'possible', negated: false }],
    ['… one arrested "for" an act is suspected of it', 'Police arrested two Chilean soldiers for attacking Peru.', 'chl-soldier -ATTACK-> PER', { modality: 'possible' }],
    ['… one convicted of it did it', 'A court convicted Smith of killing Jones.', 'smith -KILL-> jones', { modality: 'asserted', negated: false, tense: 'past' }],
    ['… one praised for it did it', 'Bush praised Blair for supporting Iraq.', 'blair -SUPPORT-> IRQ', { modality: 'asserted', negated: false }],
    ['… one acquitted of it is cleared of it', 'Smith was acquitted of attacking Jones.', 'smith -ATTACK-> jones', { negated: true }],
    ['what one is "far from" doing is not done', 'The rebels, far from attacking Peru, have attacked Chile.', 'group:rebel -ATTACK-> PER', { negated: true }],
    ['what a hedged verb of showing reports is only possible ("would indicate that")', 'Tom Vale left with his luggage, which would indicate that he did not go on a holiday to Peru.', 'tom-vale -GO_TO-> PER', { modality: 'possible', negated: true }],
    ['… "may suggest that" too', 'The report may suggest that Chile attacked Peru.', 'CHL -ATTACK-> PER', { modality: 'possible' }],
    ['the alternative not taken did not happen ("rather than")', 'Peru walked out of the talks, rather than sign a deal with Chile.', 'PER -SIGN_DEAL_WITH-> CHL', { modality: 'asserted', negated: true }],
    ['an allegation\'s clause with a "that" the parser read as a relative word is unconfirmed', 'The tribunal is examining allegations that Tom Vale and Ana Ruiz avoided tests in Peru.', 'tom-vale -AVOID-> tests', { modality: 'possible', negated: false }],
    ['… but a true relative clause on the noun is asserted', 'Peru rejected the claims that Chile made against Bolivia.', 'CHL -MAKE_AGAINST-> BOL', { modality: 'asserted', negated: false }],
    ['what one is committed to doing is not yet done', 'Kenyan soldiers are committed to ridding the zone of Somali militias.', 'ken-soldier -RID_ZONE_OF-> som-militia', { modality: 'intended' }],
    ['a permitted event may or may not happen', 'The treaty will allow Peru to sell gas to Chile.', 'PER -SELL_TO-> CHL', { modality: 'possible' }],
    ['… and so does one permitted in the passive (the permission is no part of the label)', 'Peru has been allowed to sell gas to Chile.', 'PER -SELL_TO-> CHL', { modality: 'possible' }],
    ['a bid to do something is an intention', 'Peru has bid to buy gas fields in Bolivia.', 'PER -BUY_IN-> BOL', { modality: 'intended' }],
    ['a participle adjunct happens when its main clause does', 'Kenya made its fortune by selling tea to Uganda.', 'KEN -SELL_TO-> UGA', { tense: 'past' }],
    ['… after its subordinator too', 'Lula was praised after visiting Bolivia.', 'lula -VISIT-> BOL', { tense: 'past' }],
    ['a hoped-for event', 'Mali hopes that Algeria will reopen the border.', 'DZA -REOPEN-> border', { modality: 'intended' }],
    ['a purpose clause takes its main clause\'s time', 'Egypt sent troops to Sudan to protect the border.', 'EGY -PROTECT-> border', { tense: 'past' }],
    ['… and so does one on a copula\'s phrase of place, aimed at, not done', 'Peru was in Lima to sign the treaty with Chile.', 'PER -SIGN_WITH-> CHL', { modality: 'intended', tense: 'past' }],
    ['"most likely to": possible', 'Mr Brown remains the man most likely to succeed Mr Blair.', 'brown -SUCCEED-> blair', { modality: 'possible' }],
    ['a plan\'s infinitive the parser hung on the verb is intended', 'Meanwhile the Tories outlined their plans to tackle yob culture.', 'UK_CONSERVATIVES -TACKLE-> yob culture', { modality: 'intended' }],
    ['a rejected offer will not happen', 'Iran rejected the offer to buy Russian jets.', 'IRN -BUY-> rus-jet', { negated: true }],
    ['a purpose is aimed at; whether it was reached the sentence does not say', 'Egypt sent troops to Sudan to protect the border.', 'EGY -PROTECT-> border', { modality: 'intended', tense: 'past' }],
    ['… and so is an infinitive joined to it', 'Peru sent troops in order to intimidate Chile and to prevent Bolivia from voting.', 'PER -PREVENT-> BOL', { modality: 'intended' }],
    ['"no longer": what stopped is not done now', 'Peru no longer supplies gas to Chile.', 'PER -SUPPLY_TO-> CHL', { negated: true }],
    ['… also after a passive', 'The Zentrix Alliance has been set up to tackle the digital divide.', 'zentrix-alliance -TACKLE-> digital divide', { modality: 'intended' }],
    ['… but "went on to" tells what came about', 'Chile went on to beat Peru.', 'CHL -BEAT-> PER', { modality: 'asserted' }],
    ['… and so does one after an adjective ("the first to reach")', 'Chile was the first to reach Peru.', 'CHL -REACH-> PER', { modality: 'asserted' }],
    ['… and one after a win', 'Ana Ruiz beat Eva Lopez 6-3 6-2 to reach the fourth round.', 'ana-ruiz -REACH-> fourth round', { modality: 'asserted' }],
    ['… but not one after a verb of those in the present, an aim still', 'The ELN is holding two Peruvians to protest the visit of Tom Vale.', 'ELN -PROTEST_VISIT_OF-> tom-vale', { modality: 'intended', tense: 'present' }],
    ['"is to" + a verb is planned and ahead, as "is set to"', 'Chile is to build a dam in Peru.', 'CHL -BUILD_DAM_IN-> PER', { modality: 'intended', tense: 'future' }],
    ['a "so that" clause of purpose is aimed at, not done', 'Peru sent troops so that Chile would withdraw from Bolivia.', 'CHL -WITHDRAW_FROM-> BOL', { modality: 'intended' }],
    ['… and so is an "in order that" clause', 'Peru closed the border in order that Chile would leave Bolivia.', 'CHL -LEAVE-> BOL', { modality: 'intended' }],
    ['a result told in the past after a comma did happen', 'Peru provoked Chile, so that Chile attacked Bolivia.', 'CHL -ATTACK-> BOL', { modality: 'asserted' }],
    ['an opposed plan stays its holder\'s plan', "Chile opposed America's plans to invade Iraq.", 'USA -INVADE-> IRQ', { negated: false, modality: 'intended' }],
    ['a purpose clause shares its main clause\'s negation', 'Germany did not send troops to Mali to fight the rebels.', 'DEU -FIGHT-> group:rebel', { negated: true }],
    ['"would" reported after a past speech verb is its future, not a hypothesis', 'Chile said it would sell copper to Japan.', 'CHL -SELL_TO-> JPN', { modality: 'asserted', tense: 'future' }],
    ['a promised clause is intended', 'Lula promised that Brazil would help Bolivia.', 'BRA -HELP-> BOL', { modality: 'intended', tense: 'future' }],
    ['a commitment through "continue" is intended, and "commit" leaves the label', 'Chile is committed to continue helping Peru.', 'CHL -HELP-> PER', { modality: 'intended' }],
    ['a reported "would" keeps what the chain says past it: ability', 'Chile said it would not be able to sell copper to Japan.', 'CHL -SELL_TO-> JPN', { modality: 'possible', tense: 'future', negated: true }],
    ['a reported "would" keeps what the chain says past it: an attempt', 'Chile said it would try to sell copper to Japan.', 'CHL -SELL_TO-> JPN', { modality: 'intended', tense: 'future' }],
    ['a quoted "would" is the speaker\'s own hypothesis, not a backshifted future', 'The Chilean minister told the press: "Chile would sell copper to Japan."', 'CHL -SELL_TO-> JPN', { modality: 'conditional' }],
    ['… but a quoted phrase inside reported speech is reported speech', 'Chile said it would "sell copper" to Japan.', 'CHL -SELL_TO-> JPN', { modality: 'asserted', tense: 'future' }],
    ['… and so after the quotation', '"Chile would sell copper to Japan," the Chilean minister said.', 'CHL -SELL_TO-> JPN', { modality: 'conditional' }],
    ['a clause told to a named addressee is what was told, with its own object', 'Tom Vale told the Financial Times that Chile would sell Zentrix.', 'CHL -SELL-> zentrix', { modality: 'asserted', tense: 'future' }],
    ['an adverb of hearsay: the writer does not vouch for the act', 'Chilean troops allegedly bombed the Peruvian embassy.', 'chl-troop -BOMB-> per-embassy', { modality: 'possible', tense: 'past' }],
    ['… nor on a participle', 'Peru buried a Chilean envoy reportedly killed by Bolivian rebels.', 'bol-rebel -KILL-> chl-envoy', { modality: 'possible' }],
    ['a modal\'s perfect looks back: possible and past', 'The Chilean rebels may have killed the Peruvian envoy.', 'chl-rebel -KILL-> per-envoy', { modality: 'possible', tense: 'past' }],
    ['… and so in the passive', 'The Peruvian embassy could have been bombed by the Chilean rebels.', 'chl-rebel -BOMB-> per-embassy', { modality: 'possible', tense: 'past' }],
    ['a participle adjunct of a clause that makes no triple takes its copula\'s time', 'Vale was more than half a second clear when taking gold in Madrid.', 'vale -TAKE-> gold', { tense: 'past' }],
    ['a noun\'s "-ing" participle happens when its clause does', 'Chilean soldiers carrying rifles attacked the Peruvian embassy.', 'chl-soldier -CARRY-> rifles', { tense: 'past' }],
    ['a base form sharing an infinitive\'s "to" takes its governor\'s time', 'The Chilean army managed to find and defuse the Peruvian mines.', 'chl-army -DEFUSE-> per-mine', { tense: 'past' }],
    ['… and its wish', 'The Chilean army wanted to find and defuse the Peruvian mines.', 'chl-army -DEFUSE-> per-mine', { modality: 'intended', tense: 'past' }],
    ['what a condition governs holds only if it does', 'Peru will impose sanctions on Chile if Chile rejects the offer.', 'PER -IMPOSE_SANCTION_ON-> CHL', { modality: 'conditional', tense: 'future' }],
    ['… and so before it', 'If Chile rejects the offer, Peru will impose sanctions on Chile.', 'PER -IMPOSE_SANCTION_ON-> CHL', { modality: 'conditional', tense: 'future' }],
    ['… and after "unless"', 'Peru will cut gas supplies to Chile unless Chile pays its debts.', 'PER -CUT_TO-> CHL', { modality: 'conditional', tense: 'future' }],
    ['… and after an inverted "should"', 'Should the talks fail, Peru will impose sanctions on Chile.', 'PER -IMPOSE_SANCTION_ON-> CHL', { modality: 'conditional', tense: 'future' }],
    ['… and over the second of two joined clauses after it', 'If Chile rejects the offer, Peru will close its border and will expel the Chilean envoy.', 'PER -EXPEL-> chl-envoy', { modality: 'conditional', tense: 'future' }],
    ['… but not a past one, where "if" grants', 'If Chile was angry, Peru closed its border and expelled the Chilean envoy.', 'PER -EXPEL-> chl-envoy', { modality: 'asserted', tense: 'past' }],
    ['a possibility under a condition stays a possibility', 'If the talks fail, Peru may impose sanctions on Chile.', 'PER -IMPOSE_SANCTION_ON-> CHL', { modality: 'possible' }],
    ['an "if" after a verb of asking is a question: only possible', 'Peru will ask Chile if Bolivia attacked the border.', 'BOL -ATTACK-> border', { modality: 'possible' }],
    ['a reported "would" with its own "if" stays conditional', 'Chile said it would sell copper to Japan if Japan paid in dollars.', 'CHL -SELL_TO-> JPN', { modality: 'conditional' }],
    ['a past belief\'s "would" is a reported "will": what was thought would happen may', 'Ana Ruiz thought Peru would attack Chile.', 'PER -ATTACK-> CHL', { modality: 'possible', tense: 'future' }],
    ['what a possessor failed to do did not happen', "Peru criticised Chile's failure to pay Bolivia.", 'CHL -PAY-> BOL', { negated: true, modality: 'asserted' }],
    ['… nor what it refused to do, which it did not want', "Peru welcomed Chile's refusal to attack Bolivia.", 'CHL -ATTACK-> BOL', { negated: true, modality: 'intended' }],
    ['… also where a quotation parts the possessor from its noun', 'Peru criticised Chile\'s "failure" to pay Bolivia.', 'CHL -PAY-> BOL', { negated: true }],
    ['… and a past hope\'s is hoped for', 'Ana Ruiz hoped Peru would sign the treaty with Chile.', 'PER -SIGN_WITH-> CHL', { modality: 'intended', tense: 'future' }],
    ['… but with an "if" of its own it stays conditional', 'Ana Ruiz hoped Peru would attack Chile if Bolivia paid.', 'PER -ATTACK-> CHL', { modality: 'conditional' }],
    ['a bare verb joined to a modal\'s verb shares the modal', 'Peru may attack Chile and invade Bolivia.', 'PER -INVADE-> BOL', { negated: false, modality: 'possible' }],
    ['… and its "not" and its time', 'Peru will not talk to Chile and sign a treaty with Bolivia.', 'PER -SIGN_TREATY_WITH-> BOL', { negated: true, tense: 'future' }],
    ['… and the condition on it', 'If Chile pays, Peru will talk to Chile and sign a treaty with Bolivia.', 'PER -SIGN_TREATY_WITH-> BOL', { modality: 'conditional', tense: 'future' }],
    ['a past form joined to it keeps its own', 'Peru did not attack Chile and invaded Bolivia.', 'PER -INVADE-> BOL', { negated: false, modality: 'asserted', tense: 'past' }],
    ['a duty put on the object must be done: "requires X to"', 'The treaty requires Chile to pay Peru.', 'CHL -PAY-> PER', { negated: false, modality: 'necessary' }],
    ['… "oblige X to", also where the parser hung the infinitive on the verb as a purpose', 'These crimes oblige the Chilean government to defend Peruvian workers.', 'CHL -DEFEND-> per-worker', { negated: false, modality: 'necessary' }],
    ['… not "forced X to" in the past, which says X did', 'The court forced Chile to pay Peru.', 'CHL -PAY-> PER', { negated: false, modality: 'asserted', tense: 'past' }],
    ['what one is urged to do is wanted, also where the parser hung the infinitive on the object noun', 'WE URGE THE HONDURAN PEOPLE TO REJECT THE TREATY WITH PERU.', 'hnd-people -REJECT-> treaty', { negated: false, modality: 'intended' }],
    ['what one is asked to do may be done, also where the parser made the one asked an indirect object with the infinitive on it', 'YET PERU HAS ASKED THE IMF TO TIGHTEN THE RULES.', 'IMF -TIGHTEN-> rules', { negated: false, modality: 'possible' }],
    ['the subject of a passive order must do what it is ordered to (the order is no part of the label)', 'Zentrix was ordered to pay Novell.', 'zentrix -PAY-> novell', { negated: false, modality: 'necessary', tense: 'past' }],
    ['… of a passive "forced to" in the past did it', 'Peru was forced to pay Chile.', 'PER -PAY-> CHL', { negated: false, modality: 'asserted', tense: 'past' }],
    ['… of a passive request is wanted to', 'Peru was asked to leave Bolivia.', 'PER -LEAVE-> BOL', { negated: false, modality: 'intended' }],
    ['… and of a passive choice', 'Tom Vale was chosen to lead the Chilean team.', 'tom-vale -LEAD-> chl-team', { negated: false, modality: 'intended' }],
    ['… with an agent too, where the parser hung the infinitive on the verb as a purpose', 'Zentrix was ordered by the European Commission to pay Novell.', 'zentrix -PAY-> novell', { negated: false, modality: 'necessary' }],
    ['… but a thing required by an agent is no doer: the infinitive is the agent\'s purpose', 'A stronger action is required by Peru to fight the cartels.', 'PER -FIGHT-> cartels', { negated: false, modality: 'intended' }],
  ],
  'the main clause stays asserted': [
    ['the embedding verb itself', 'Greece accused Turkey of violating its airspace.', 'GRC -ACCUSE-> TUR', { negated: false, modality: 'asserted', tense: 'past' }],
    ['a participle on a noun of plan or proposal tells what was done to it: a fact', 'Peru welcomed the proposals presented by Chile.', 'CHL -PRESENT-> proposals', { modality: 'asserted', tense: 'past' }],
    ['"even if" concedes: the main clause stands', 'Peru will impose sanctions on Chile even if Chile accepts the offer.', 'PER -IMPOSE_SANCTION_ON-> CHL', { modality: 'asserted', tense: 'future' }],
    ['a past fact after "if" that grants', 'If that was a poor reward, Peru won the match against Chile.', 'PER -WIN_AGAINST-> CHL', { modality: 'asserted', tense: 'past' }],
    ['"if not" adds an aside, no condition', 'Peru will sign a trade deal, if not a treaty, with Chile.', 'PER -SIGN-> trade deal', { modality: 'asserted', tense: 'future' }],
    ['"if" after a verb of asking is "whether": the asking stands', 'Peru will ask Chile if Bolivia attacked the border.', 'PER -ASK-> CHL', { modality: 'asserted', tense: 'future' }],
    ['"as if" compares: the main clause stands', 'Peru treated Chile as if it were an enemy.', 'PER -TREAT-> CHL', { modality: 'asserted', tense: 'past' }],
    ['a clause of time is a fact whatever its governor wants', 'Peru has been trying to stay neutral since Chile announced plans to buy jets.', 'CHL -ANNOUNCE-> plans', { modality: 'asserted', tense: 'past' }],
  ],
};

for (const [construction, rows] of Object.entries(TABLES)) {
  for (const [why, text, want, qual] of rows) {
    test(`scope (${construction}): ${why} — "${text}"`, () => {
      const hit = findTriple(run(text), want);
      for (const [k, v] of Object.entries(qual)) assert.equal(hit.relation[k as keyof typeof qual], v, `${k} of ${want}`);
    });
  }
}

test('scope: a passive verb of control is the agent\'s act on the subject, and the agent does not do the event', () => {
  const ts = run('Zentrix was ordered by the European Commission to pay Novell.');
  const order = findTriple(ts, 'EC_COMMISSION -ORDER-> zentrix');
  assert.equal(order.relation.modality, 'asserted');
  assert.ok(!ts.some((t) => t.subject.id === 'EC_COMMISSION' && t.object.id === 'novell'), ts.map(show).join(' | '));
  assert.ok(!ts.some((t) => /ORDER_TO/.test(t.relation.type)), ts.map(show).join(' | '));
  findTriple(run('Peru was urged by Chile to leave Bolivia.'), 'CHL -URGE-> PER');
});

test('scope: a question is not a demand ("asked whether")', () => {
  const ts = run('Iran asked whether Iraq rejected the plan.');
  assert.ok(!ts.some((t) => t.rule === 'complement:demand'), ts.map((t) => t.rule).join(' | '));
});

test('scope: a denied clause is attributed to the one who denies it', () => {
  const hit = findTriple(run('Ghana denied that Togo had attacked its border posts.'), 'TGO -ATTACK-> border posts');
  assert.equal(hit.attribution?.id, 'GHA');
});
