/** Types of the configuration validator that `npm run generate` compiles from the schema. */
import type { ErrorObject } from 'ajv';

export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: ValidateFunction;
export default validate;
