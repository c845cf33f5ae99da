/// The portal XSD, schema/portal-v1.xsd, embedded so the compiler needs no file beside it. A test
/// keeps the two identical; edit the .xsd file and copy it here.
enum PortalSchemaText {
  static let xsd = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <!--
      OneStop portal XML, version 1: one PublicService document per procedure (portal/CODE.xml) and a
      Catalog document listing them all (portal/catalog.xml), in the namespace urn:onestop:portal:1.

      Element names follow the EU's Core Public Service Vocabulary (CPSV-AP 3.2) where it has a term:
      PublicService, CompetentAuthority, Channel, Cost, Requirement, Evidence, EvidenceType, Output,
      LegalResource. The rest extends it for Vietnam's records: Level, Sector (lĩnh vực), Subject,
      DataSource, Case, Copies, Form, Waiver, Elimination (which shared database makes a paper
      obtainable at which level, since when).

      Texts carry a `lang` attribute (vi, en). Dates are xs:date. Ids are lowercase kebab-case.
    -->
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               xmlns="urn:onestop:portal:1"
               targetNamespace="urn:onestop:portal:1"
               elementFormDefault="qualified"
               attributeFormDefault="unqualified">

      <xs:simpleType name="Id">
        <xs:restriction base="xs:token">
          <xs:pattern value="[a-z0-9]+(-[a-z0-9]+)*"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="BundlePaperStatus">
        <xs:restriction base="xs:token">
          <xs:enumeration value="asked"/>
          <xs:enumeration value="replaced-by-form"/>
          <xs:enumeration value="eliminated"/>
          <xs:enumeration value="produced"/>
          <xs:enumeration value="merged"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="Code">
        <xs:restriction base="xs:string">
          <xs:minLength value="1"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:complexType name="Text">
        <xs:simpleContent>
          <xs:extension base="xs:string">
            <xs:attribute name="lang" type="xs:language" use="required"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>

      <xs:complexType name="Named">
        <xs:sequence>
          <xs:element name="Name" type="Text" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="id" type="Id" use="required"/>
      </xs:complexType>

      <xs:simpleType name="ChannelType">
        <xs:restriction base="xs:token">
          <xs:enumeration value="in-person"/>
          <xs:enumeration value="online"/>
          <xs:enumeration value="postal"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="OnlineLevel">
        <xs:restriction base="xs:token">
          <xs:enumeration value="full"/>
          <xs:enumeration value="partial"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="RequirementStatus">
        <xs:restriction base="xs:token">
          <xs:enumeration value="required"/>
          <xs:enumeration value="eliminated"/>
          <xs:enumeration value="partly-eliminated"/>
          <xs:enumeration value="kept"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="LevelStatus">
        <xs:restriction base="xs:token">
          <xs:enumeration value="required"/>
          <xs:enumeration value="eliminated"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="PaperKind">
        <xs:restriction base="xs:token">
          <xs:enumeration value="form"/>
          <xs:enumeration value="document"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:complexType name="ProcessingTime">
        <xs:sequence>
          <xs:element name="Description" type="Text" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="workingDays" type="xs:decimal"/>
        <xs:attribute name="hours" type="xs:decimal"/>
      </xs:complexType>

      <xs:complexType name="Cost">
        <xs:sequence>
          <xs:element name="Value" type="xs:decimal" minOccurs="0"/>
          <xs:element name="Currency" minOccurs="0">
            <xs:simpleType>
              <xs:restriction base="xs:token">
                <xs:pattern value="[A-Z]{3}"/>
              </xs:restriction>
            </xs:simpleType>
          </xs:element>
          <xs:element name="Description" type="Text" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Channel">
        <xs:sequence>
          <xs:element name="ProcessingTime" type="ProcessingTime" minOccurs="0"/>
          <xs:element name="Cost" type="Cost" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="type" type="ChannelType" use="required"/>
        <xs:attribute name="onlineLevel" type="OnlineLevel"/>
      </xs:complexType>

      <xs:complexType name="LegalResource">
        <xs:sequence>
          <xs:element name="Title" type="Text" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="ref" type="Code" use="required"/>
        <xs:attribute name="article" type="xs:string"/>
        <xs:attribute name="date" type="xs:date"/>
      </xs:complexType>

      <xs:complexType name="EvidenceType">
        <xs:sequence>
          <xs:element name="Name" type="Text" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="id" type="Id" use="required"/>
        <xs:attribute name="kind" type="PaperKind" use="required"/>
        <xs:attribute name="resultCode" type="xs:string"/>
      </xs:complexType>

      <xs:complexType name="Evidence">
        <xs:sequence>
          <xs:element name="EvidenceType" type="EvidenceType" maxOccurs="unbounded"/>
        </xs:sequence>
        <!-- one: the single paper type; any-of: any one of the alternatives. -->
        <xs:attribute name="choice" use="required">
          <xs:simpleType>
            <xs:restriction base="xs:token">
              <xs:enumeration value="one"/>
              <xs:enumeration value="any-of"/>
            </xs:restriction>
          </xs:simpleType>
        </xs:attribute>
      </xs:complexType>

      <xs:complexType name="Copies">
        <xs:attribute name="original" type="xs:nonNegativeInteger"/>
        <xs:attribute name="certifiedCopy" type="xs:nonNegativeInteger"/>
        <xs:attribute name="copy" type="xs:nonNegativeInteger"/>
      </xs:complexType>

      <xs:complexType name="Form">
        <xs:sequence>
          <xs:element name="Name" type="Text" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="code" type="Code" use="required"/>
      </xs:complexType>

      <xs:complexType name="Waiver">
        <xs:sequence>
          <xs:element name="Reason" type="Text" minOccurs="0" maxOccurs="unbounded"/>
          <xs:element name="LegalBasis" type="xs:string"/>
        </xs:sequence>
        <xs:attribute name="until" type="xs:date"/>
      </xs:complexType>

      <xs:complexType name="ProvidedBy">
        <xs:attribute name="source" type="Id" use="required"/>
        <xs:attribute name="paper" type="Id" use="required"/>
        <xs:attribute name="since" type="xs:date" use="required"/>
      </xs:complexType>

      <xs:complexType name="Elimination">
        <xs:sequence>
          <xs:element name="ProvidedBy" type="ProvidedBy" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="level" type="Id" use="required"/>
        <xs:attribute name="status" type="LevelStatus" use="required"/>
      </xs:complexType>

      <xs:complexType name="Requirement">
        <xs:sequence>
          <xs:element name="Evidence" type="Evidence"/>
          <xs:element name="Copies" type="Copies" minOccurs="0"/>
          <xs:element name="Form" type="Form" minOccurs="0"/>
          <xs:element name="Note" type="Text" minOccurs="0" maxOccurs="unbounded"/>
          <xs:element name="Waiver" type="Waiver" minOccurs="0"/>
          <xs:element name="Elimination" type="Elimination" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="id" type="Id" use="required"/>
        <xs:attribute name="case" type="Id"/>
        <xs:attribute name="presented" type="xs:boolean" use="required"/>
        <xs:attribute name="status" type="RequirementStatus" use="required"/>
      </xs:complexType>

      <xs:complexType name="Case">
        <xs:sequence>
          <xs:element name="Condition" type="Text" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="id" type="Id" use="required"/>
      </xs:complexType>

      <xs:complexType name="Output">
        <xs:sequence>
          <xs:element name="EvidenceType" type="EvidenceType" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="digitized" type="xs:boolean"/>
        <!-- A result that updates a shared database instead of issuing a paper. -->
        <xs:attribute name="updates" type="Id"/>
      </xs:complexType>

      <xs:complexType name="Decision">
        <xs:attribute name="ref" type="Code" use="required"/>
        <xs:attribute name="date" type="xs:date"/>
      </xs:complexType>

      <xs:complexType name="CompetentAuthority">
        <xs:sequence>
          <xs:element name="Name" type="Text" maxOccurs="unbounded"/>
        </xs:sequence>
      </xs:complexType>

      <xs:element name="PublicService">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="Name" type="Text" maxOccurs="unbounded"/>
            <xs:element name="Decision" type="Decision" minOccurs="0"/>
            <xs:element name="Sector" type="Named" minOccurs="0"/>
            <xs:element name="Level" type="Named" maxOccurs="unbounded"/>
            <xs:element name="CompetentAuthority" type="CompetentAuthority" minOccurs="0"/>
            <xs:element name="Subject" type="Named" minOccurs="0" maxOccurs="unbounded"/>
            <xs:element name="DataSource" type="Named" minOccurs="0" maxOccurs="unbounded"/>
            <xs:element name="Channel" type="Channel" minOccurs="0" maxOccurs="unbounded"/>
            <xs:element name="LegalResource" type="LegalResource" minOccurs="0" maxOccurs="unbounded"/>
            <xs:element name="Case" type="Case" minOccurs="0" maxOccurs="unbounded"/>
            <xs:element name="Requirement" type="Requirement" minOccurs="0" maxOccurs="unbounded"/>
            <xs:element name="Output" type="Output" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence>
          <xs:attribute name="code" type="Code" use="required"/>
          <xs:attribute name="asOf" type="xs:date" use="required"/>
          <xs:attribute name="boundaryFree" type="xs:boolean"/>
        </xs:complexType>
      </xs:element>

      <xs:element name="Catalog">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="PublicServiceRef" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType>
                <xs:sequence>
                  <xs:element name="Name" type="Text" maxOccurs="unbounded"/>
                </xs:sequence>
                <xs:attribute name="code" type="Code" use="required"/>
                <xs:attribute name="href" type="xs:anyURI" use="required"/>
                <xs:attribute name="sector" type="Id"/>
              </xs:complexType>
            </xs:element>
            <xs:element name="Bundle" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType>
                <xs:sequence>
                  <xs:element name="Name" type="Text" maxOccurs="unbounded"/>
                  <xs:element name="Step" minOccurs="2" maxOccurs="unbounded">
                    <xs:complexType>
                      <xs:attribute name="order" type="xs:positiveInteger" use="required"/>
                      <xs:attribute name="code" type="Code" use="required"/>
                    </xs:complexType>
                  </xs:element>
                  <xs:element name="Form" minOccurs="0">
                    <xs:complexType>
                      <xs:attribute name="paper" type="Id" use="required"/>
                      <xs:attribute name="code" type="Code"/>
                    </xs:complexType>
                  </xs:element>
                  <xs:element name="Dossier" minOccurs="0" maxOccurs="unbounded">
                    <xs:complexType>
                      <xs:sequence>
                        <xs:element name="Paper" minOccurs="0" maxOccurs="unbounded">
                          <xs:complexType>
                            <xs:sequence>
                              <xs:element name="PaperType" minOccurs="0" maxOccurs="unbounded">
                                <xs:complexType>
                                  <xs:attribute name="id" type="Id" use="required"/>
                                </xs:complexType>
                              </xs:element>
                            </xs:sequence>
                            <xs:attribute name="step" type="xs:positiveInteger" use="required"/>
                            <xs:attribute name="code" type="Code" use="required"/>
                            <xs:attribute name="requirement" type="Id" use="required"/>
                            <xs:attribute name="case" type="Id"/>
                            <xs:attribute name="status" type="BundlePaperStatus" use="required"/>
                            <xs:attribute name="producedByStep" type="xs:positiveInteger"/>
                            <xs:attribute name="mergedIntoStep" type="xs:positiveInteger"/>
                          </xs:complexType>
                        </xs:element>
                      </xs:sequence>
                      <xs:attribute name="level" type="Id" use="required"/>
                      <xs:attribute name="oneByOne" type="xs:nonNegativeInteger" use="required"/>
                      <xs:attribute name="throughGroup" type="xs:nonNegativeInteger" use="required"/>
                    </xs:complexType>
                  </xs:element>
                </xs:sequence>
                <xs:attribute name="id" type="Id" use="required"/>
                <xs:attribute name="published" type="Code"/>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
          <xs:attribute name="asOf" type="xs:date" use="required"/>
          <xs:attribute name="formatVersion" type="xs:positiveInteger" use="required"/>
        </xs:complexType>
      </xs:element>
    </xs:schema>

    """#
}
