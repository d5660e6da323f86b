// What the training types share with the skills domain's GraphQL skin: the SkillCategory enum
// (the talent triangle), defined once there.
export { SkillCategoryEnum as SkillCategoryRef } from '../skills/index.js';
