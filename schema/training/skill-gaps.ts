// Skill gaps drive training: each gap's recommendations name the courses that would close it.
import { coursesClosingGap, MAX_GAP_COURSES } from '../../server/training/index.js';
import { builder } from '../builder.js';
import { SkillGapRecommendationsRef } from '../resources/index.js';

builder.objectField(SkillGapRecommendationsRef, 'courses', (t) =>
  t.prismaField({
    type: ['Course'],
    description: `Courses that bring the skill to the needed level or above, the shortest first (at most ${MAX_GAP_COURSES}): what the trainees could take.`,
    resolve: (query, gap, _args, ctx) => coursesClosingGap(ctx, query, gap),
  }),
);
