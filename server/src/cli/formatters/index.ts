import type { Formatter } from '../results';
import { stylish } from './stylish';
import { json } from './json';
import { sarif } from './sarif';
import { github } from './github';
import { junit } from './junit';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, junit };
