/**
 * Workers of a tenant: sign-in account, profile under audit (encrypted ID number), skills (service
 * items, checked through {@link io.hearth.platform.worker.SkillCatalog}), certificates, levels,
 * weekly availability with dated exceptions, work status, and the eligibility rule dispatch uses.
 */
package io.hearth.platform.worker;
