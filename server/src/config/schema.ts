/**
 * The JSON Schemas (draft-07) for `.copydesk.yaml` and for an article's front matter, built
 * from the rules themselves so the ids, severities and options editors complete can never
 * drift from what the loader accepts. `schemas/*.schema.json` are these objects written out;
 * a test fails when they differ (`UPDATE_SCHEMAS=1 npm test` rewrites them).
 */
import { allRules } from '../rules';
import { ruleDocsUrl } from '../rules/docs';
import { LEXICON_KEYS, MARKDOWN_MODES, SEVERITY_WORDS, STYLES } from './parse';

type Schema = Record<string, unknown>;

const SCHEMA_BASE = 'https://github.com/copydesk/copydesk/blob/main/schemas/';
const STRING_LIST: Schema = { type: 'array', items: { type: 'string' } };
const ONE_OR_MORE_STRINGS: Schema = { oneOf: [{ type: 'string' }, STRING_LIST] };

const LEXICON_DESCRIPTIONS: Record<(typeof LEXICON_KEYS)[number], string> = {
  speechVerbs: 'Attribution verbs to add to the built-in list (base forms: "quip", "opine").',
  anonymousPatterns: 'Regular expressions for anonymous-source phrases the built-in list misses ("people close to the (club|board)").',
  titles: 'Titles and roles that stand before names ("Alderman", "Chief Constable").',
  organizations: 'Bodies that speak as sources ("Marevian Foreign Ministry").',
};

export function configSchema(): Schema {
  const rules: Record<string, Schema> = {};
  for (const rule of allRules) {
    const options: Schema = { type: 'object', additionalProperties: false, properties: rule.options ?? {} };
    rules[rule.id] = {
      description: `${rule.description} Default: ${rule.defaultSeverity}. ${ruleDocsUrl(rule.id)}`,
      anyOf: [
        { $ref: '#/definitions/severity' },
        { type: 'array', items: [{ $ref: '#/definitions/severity' }], minItems: 1, additionalItems: false },
        { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 2, additionalItems: false },
      ],
    };
  }
  const lexicon = Object.fromEntries(LEXICON_KEYS.map((key) => [key, { ...STRING_LIST, description: LEXICON_DESCRIPTIONS[key] }]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${SCHEMA_BASE}copydesk.schema.json`,
    title: 'Copydesk configuration (.copydesk.yaml)',
    description: 'House style and rule severities for the articles in this folder and below. Data only: nothing in it is ever run.',
    type: ['object', 'null'],
    additionalProperties: false,
    definitions: {
      severity: {
        description: 'off, hint, info, warning or error',
        enum: [...Object.keys(SEVERITY_WORDS), false],
      },
    },
    properties: {
      root: { type: 'boolean', description: 'Stop looking for .copydesk.yaml in parent folders.' },
      extends: { ...ONE_OR_MORE_STRINGS, description: 'Configuration files this one builds on, relative to this file; this file wins key by key.' },
      style: { enum: [...STYLES], description: "The dateline style to expect when an article's front matter names none." },
      markdown: { enum: [...MARKDOWN_MODES], description: 'Which plain .md files are articles: auto (front matter with type, dateline or agency), always, never.' },
      rules: { type: 'object', additionalProperties: false, properties: rules, description: 'Severity per rule, or [severity, { options }].' },
      ...lexicon,
      people: {
        type: 'array',
        description: 'People the analysis should know, with the pronouns they use (which beat any guess from a forename).',
        items: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1 },
            pronouns: { enum: ['he', 'she', 'they'] },
            aliases: STRING_LIST,
          },
        },
      },
      files: { ...ONE_OR_MORE_STRINGS, description: 'Globs (relative to this file) of the files `copydesk lint` checks in a folder; by default *.article.md and Markdown files with an article front matter.' },
      ignore: { ...ONE_OR_MORE_STRINGS, description: 'Globs (relative to this file) of files never linted.' },
    },
  };
}

const DATE: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'YYYY-MM-DD' };

export function frontMatterSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${SCHEMA_BASE}front-matter.schema.json`,
    title: 'Copydesk article front matter',
    description: 'The YAML block at the top of a news article. Fields Copydesk does not know are allowed (a CMS may add its own).',
    type: 'object',
    required: ['title'],
    properties: {
      title: { type: 'string', minLength: 1, description: 'The headline. Required.' },
      byline: { ...ONE_OR_MORE_STRINGS, description: 'Who reported the story. Expected in news stories.' },
      agency: { type: 'string', description: 'The wire agency (Reuters, AP); decides the dateline style when `style` is not given.' },
      style: { enum: [...STYLES], description: 'reuters (WASHINGTON, Aug 19 (Reuters) -), ap (KYIV, Ukraine (AP) —) or plain (BRUSSELS —).' },
      type: { enum: ['news', 'analysis', 'opinion', 'brief', 'feature'], description: 'News stories and briefs need a dateline; news stories a byline and a date.' },
      date: { ...DATE, description: 'The publication date, YYYY-MM-DD.' },
      dateline: {
        type: 'object',
        description: "Where and when the story was reported; the body's dateline must agree.",
        additionalProperties: false,
        properties: { place: { type: 'string', description: 'As in the dateline: WASHINGTON, TULSA, Okla.' }, date: DATE },
      },
      sources: {
        type: 'array',
        description: 'The people and bodies the story relies on.',
        items: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1 },
            title: { type: 'string' },
            anonymous: { type: 'boolean' },
            reason: { type: 'string', description: 'Why an anonymous source was granted anonymity.' },
            aliases: STRING_LIST,
          },
        },
      },
      annotations: {
        type: 'array',
        description: "Fact-checkers' notes, each tied to a quote by its opening words.",
        items: {
          type: 'object',
          required: ['quote', 'status'],
          additionalProperties: false,
          properties: {
            quote: { type: 'string', minLength: 1 },
            status: { enum: ['verified', 'disputed', 'unverified', 'needs-review'] },
            note: { type: 'string' },
            by: { type: 'string' },
            link: { type: 'string' },
          },
        },
      },
      copydesk: {
        type: 'object',
        additionalProperties: false,
        properties: {
          disable: { type: 'array', items: { enum: allRules.map((rule) => rule.id) }, description: 'Rules not to run on this article.' },
        },
      },
    },
  };
}
