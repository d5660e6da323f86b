// The skills domain: the catalogue of skills (PMI's talent triangle plus technical skills) and
// people's levels in them, which resource demand, candidates, skill gaps and training read.
import type { Domain } from '../platform/domain.js';

export {
  confirmUserSkill,
  createSkill,
  type CreateSkillInput,
  MAX_LEVEL,
  MIN_LEVEL,
  recordSkillLevel,
  type RecordSkillLevel,
  setUserSkill,
  type SetUserSkillInput,
  SKILL_KEY,
  updateSkill,
  type UpdateSkillInput,
} from './service.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Skill: true;
    UserSkill: true;
  }
}

export const skillsDomain: Domain = { name: 'skills' };
