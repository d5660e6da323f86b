-- Seed for bench/lists-probe.ts: 10 portfolios, :projects projects (default 10,000); per project 3 members,
-- 2 objectives, 5 risks, 2 alerts, 3 audit events. psql -v projects=100 -f bench/lists-probe-seed.sql <db> (after db:migrate)
\if :{?projects}
\else
\set projects 10000
\endif
INSERT INTO "User"(id,name,email,role,"updatedAt") VALUES (gen_random_uuid(),'Admin','admin@pmo.local','PMO_ADMIN',now());
INSERT INTO "User"(id,name,email,role,"updatedAt") SELECT gen_random_uuid(),'Owner '||g,'owner'||g||'@scale.local','PORTFOLIO_MANAGER',now() FROM generate_series(1,10) g;
INSERT INTO "User"(id,name,email,role,"updatedAt") SELECT gen_random_uuid(),'Manager '||g,'manager'||g||'@scale.local','PROJECT_MANAGER',now() FROM generate_series(1,500) g;
INSERT INTO "User"(id,name,email,role,"updatedAt") SELECT gen_random_uuid(),'Person '||g,'person'||g||'@scale.local','TEAM_MEMBER',now() FROM generate_series(1,3000) g;
INSERT INTO "Portfolio"(id,name,"ownerId","updatedAt") SELECT gen_random_uuid(),'Portfolio '||g,(SELECT id FROM "User" WHERE email='owner'||g||'@scale.local'),now() FROM generate_series(1,10) g;
INSERT INTO "StrategicObjective"(id,name,"portfolioId","updatedAt") SELECT gen_random_uuid(),p.name||' objective '||k,p.id,now() FROM "Portfolio" p, generate_series(1,3) k;
CREATE TEMP TABLE pf AS SELECT id, row_number() over (order by name) - 1 AS n FROM "Portfolio";
CREATE TEMP TABLE mg AS SELECT id, row_number() over (order by email) - 1 AS n FROM "User" WHERE role='PROJECT_MANAGER';
CREATE TEMP TABLE pp AS SELECT id, row_number() over (order by email) - 1 AS n FROM "User" WHERE role='TEAM_MEMBER';
INSERT INTO "Project"(id,code,name,status,health,budget,"portfolioId","managerId","updatedAt","createdAt")
SELECT gen_random_uuid(), 'SC-'||lpad(g::text,5,'0'), (ARRAY['Alpha','Bravo','Charlie','Delta','Echo','Foxtrot','Golf','Hotel'])[1+g%8]||' rollout '||g,
  (ARRAY['PROPOSED','APPROVED','ACTIVE','ACTIVE','ACTIVE','ON_HOLD','COMPLETED','CANCELLED']::"ProjectStatus"[])[1+g%8],
  (ARRAY['GREEN','GREEN','AMBER','RED']::"Health"[])[1+g%4], 100000,
  (SELECT id FROM pf WHERE n = g%10), (SELECT id FROM mg WHERE n = g%500), now(), now() - (g||' minutes')::interval
FROM generate_series(1,:projects) g;
CREATE TEMP TABLE pj AS SELECT id, "portfolioId", row_number() over (order by code) - 1 AS n FROM "Project";
INSERT INTO "ProjectMember"(id,"projectId","userId","projectRole") SELECT gen_random_uuid(), pj.id, pp.id, 'Engineer' FROM pj, generate_series(0,2) k JOIN LATERAL (SELECT id FROM pp WHERE pp.n = (pj.n*3+k)%3000) pp ON true;
INSERT INTO "ProjectObjective"("projectId","objectiveId",score) SELECT pj.id, o.id, 5-o.rn FROM pj JOIN LATERAL (SELECT id, row_number() over (order by name) rn FROM "StrategicObjective" WHERE "portfolioId"=pj."portfolioId" ORDER BY name LIMIT 2) o ON true;
INSERT INTO "Risk"(id,"projectId",title,category,probability,impact,score,status,"updatedAt","createdAt")
SELECT gen_random_uuid(), pj.id, 'Risk '||pj.n||'-'||k, (ARRAY['SCHEDULE','COST','SCOPE','TECHNICAL','EXTERNAL']::"RiskCategory"[])[1+k],
  1+(pj.n+k)%5, 1+(pj.n*7+k)%5, (1+(pj.n+k)%5)*(1+(pj.n*7+k)%5),
  (ARRAY['IDENTIFIED','ASSESSED','MITIGATING','CLOSED','REALIZED']::"RiskStatus"[])[1+(pj.n+k)%5], now(), now() - ((pj.n*5+k)||' seconds')::interval
FROM pj, generate_series(0,4) k;
INSERT INTO "RiskAlert"(id,source,"triggerKey",severity,reason,"projectId","acknowledgedAt","createdAt")
SELECT gen_random_uuid(),'RISK_SCORE','risk-score','HIGH','score',pj.id, CASE WHEN k=0 THEN now() END, now() FROM pj, generate_series(0,1) k;
INSERT INTO "AuditEvent"(id,action,"entityType","entityId","projectId","createdAt") SELECT gen_random_uuid(),'project.updated','Project',pj.id::text,pj.id, now() - (k||' hours')::interval FROM pj, generate_series(0,2) k;
ANALYZE;
