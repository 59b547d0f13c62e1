// The commented settings file `Corpus Lens: Initialize Corpus` writes.

export const INITIAL_CONFIG = `# Corpus Lens settings for this corpus. Every setting is optional.
# Every rule is described in the extension's docs/rules.md.

# Which files are articles (globs relative to this folder).
include:
  - "**/*.txt"
exclude: []

# Language of the articles.
language: vi

# Header dates must lie within these bounds ('today' is the default maximum).
dates:
  max: today
  # min: 1990-01-01

# Tone-mark house style for text/tone-style: 'old' (hòa, thủy) or 'new' (hoà, thuỷ).
# toneStyle: old

# Change a rule's severity (error, warning, information, hint) or switch it off.
rules:
  # date/after-publication: information
  # scrape/caption: off

# Entity registry files that extend the built-in knowledge base.
registry:
  - entities.yaml
`;
