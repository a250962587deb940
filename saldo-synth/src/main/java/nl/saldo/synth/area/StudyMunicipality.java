package nl.saldo.synth.area;

/** A municipality of the study area with its region and area type (gemeenten file, METHOD §2). */
public record StudyMunicipality(
    String gemeenteCode, String gemeenteName, String province, String region, String areaType) {}
