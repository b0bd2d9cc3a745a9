/** Articles written for the language server tests. */

/**
 * A short Reuters story: an attributed quote, a quote nobody is credited with, a pronoun
 * attribution, an anonymous source without a reason, an unsourced claim and a heading:
 * enough for every feature the editors exercise.
 */
export const PORT_STRIKE = `---
title: Port strike enters second week
byline: [Jane Doe]
agency: Reuters
style: reuters
type: news
date: 2025-08-19
---

ROTTERDAM, Aug 19 (Reuters) - Dock workers in Rotterdam extended their strike on Tuesday, union leader Marieke Jansen said.

"We will stay out until the port authority talks to us," Jansen said.

She said talks could resume next week.

## WHAT COMES NEXT

Ships have been waiting at anchor since Monday.

"Nobody is listening to the people who load the ships."

A port official speaking on condition of anonymity said the backlog would take weeks to clear.
`;
