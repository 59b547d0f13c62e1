// The commented settings file `Corpus Lens: Initialize Corpus` writes, its comments in the
// editor's display language (the settings themselves are the same in every language).

import type { Language } from '../i18n';

export const INITIAL_CONFIG = `# Corpus Lens settings for this corpus. Every setting is optional.
# Every rule is described in the extension's docs/rules.md.

# Which files are articles (globs relative to this folder).
include:
  - "**/*.txt"
exclude: []

# Language of Corpus Lens's messages for this corpus (problems, hovers, command line):
# en or vi. Unset: the editor's display language (the command line: LANG).
# language: vi

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

const INITIAL_CONFIG_VI = `# Thiết lập Corpus Lens cho kho ngữ liệu này. Mọi thiết lập đều không bắt buộc.
# Mỗi quy tắc được mô tả trong docs/rules.md của tiện ích.

# Những tệp nào là bài báo (mẫu glob, tương đối so với thư mục này).
include:
  - "**/*.txt"
exclude: []

# Ngôn ngữ thông điệp của Corpus Lens cho kho này (vấn đề, thẻ thông tin, dòng lệnh):
# en hoặc vi. Để trống: theo ngôn ngữ hiển thị của trình soạn thảo (dòng lệnh: theo LANG).
# language: vi

# Ngày đăng ở dòng đầu phải nằm trong khoảng này (mặc định muộn nhất là 'today', hôm nay).
dates:
  max: today
  # min: 1990-01-01

# Kiểu đặt dấu thanh của tòa soạn cho text/tone-style: 'old' (hòa, thủy) hoặc 'new' (hoà, thuỷ).
# toneStyle: old

# Đổi mức độ của một quy tắc (error, warning, information, hint) hoặc tắt nó (off).
rules:
  # date/after-publication: information
  # scrape/caption: off

# Các tệp danh mục thực thể bổ sung cho kho tri thức có sẵn.
registry:
  - entities.yaml
`;

/** The settings file with its comments in `language` (English by default). */
export function initialConfig(language?: Language): string {
  return language === 'vi' ? INITIAL_CONFIG_VI : INITIAL_CONFIG;
}
