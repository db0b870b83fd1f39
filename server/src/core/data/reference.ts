/**
 * All reference data the checks read, resolved for one configuration (user
 * instruments and glossary entries merged over the built-in ones). Built once
 * per configuration object and shared by every document that uses it.
 */
import type { Config } from '../config/types';
import { perObject } from '../memo';
import { sdgData, type SdgData } from './sdg';
import { gcmData, type GcmData } from './gcm';
import { instrumentRegistry, type InstrumentRegistry } from './instruments';
import { terminologyData, type TerminologyData } from './terminology';

export interface ReferenceData {
  readonly sdg: SdgData;
  readonly instruments: InstrumentRegistry;
  readonly gcm: GcmData;
  readonly terminology: TerminologyData;
}

export const referenceData = perObject(
  (config: Config): ReferenceData => ({ sdg: sdgData(), instruments: instrumentRegistry(config.instruments), gcm: gcmData(), terminology: terminologyData(config) }),
);
