export * from './area.entity';
export * from './postcode-area.entity';
export * from './target.entity';
export * from './postcode';
export * from './postcode-lookup.client';
export * from './dto/target.object';
export * from './dto/target.input';
export * from './representatives.service';
export * from './representatives.module';

import { Area } from './area.entity';
import { PostcodeArea } from './postcode-area.entity';
import { Target } from './target.entity';

export const REPRESENTATIVES_ENTITIES = [Area, PostcodeArea, Target];
