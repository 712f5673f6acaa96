import Model
import XCTest

final class MerchantDecodingTests: XCTestCase {
  func test_storeNumber_decodesToLakalaGuangzhouSupermarket() throws {
    let decoded = try MerchantFixtures.tables().decode(MerchantFixtures.number("822581054110001"))
    XCTAssertEqual(decoded.acquirer?.code, "822")
    XCTAssertEqual(decoded.acquirer?.expected, true)
    XCTAssertEqual(decoded.acquirer?.certain, false)
    XCTAssertTrue(decoded.acquirerName(.zh).contains("拉卡拉"))
    XCTAssertTrue(decoded.acquirerName(.en).contains("uncertain"))
    XCTAssertEqual(decoded.regionName(.zh), "广州")
    XCTAssertEqual(decoded.categoryName(.zh), "超市")
    XCTAssertEqual(decoded.categoryName(.en), "Groceries and supermarkets")
    XCTAssertEqual(decoded.number.sequence, "0001")
  }

  func test_acquirer834_isNotedAsAlternativeLakalaListing() throws {
    let acquirer = try MerchantFixtures.tables().acquirers["834"]
    XCTAssertNotNil(acquirer?.note)
    XCTAssertEqual(acquirer?.expected, false)
  }

  func test_expectedAcquirer_is822() throws {
    XCTAssertEqual(try MerchantFixtures.tables().acquirers.expectedAcquirer?.code, "822")
  }

  func test_unknownRegionAndAcquirer_sayTheTableLacksTheCode() throws {
    let decoded = try MerchantFixtures.tables().decode(MerchantFixtures.number("999000154110001"))
    XCTAssertNil(decoded.acquirer)
    XCTAssertNil(decoded.region)
    XCTAssertTrue(decoded.regionName(.zh).contains("未知地区"))
    XCTAssertTrue(decoded.regionName(.en).contains("unknown region"))
    XCTAssertTrue(decoded.acquirerName(.en).contains("unknown acquirer"))
  }

  func test_mccWithoutChineseName_fallsBackToEnglish() throws {
    let tables = try MerchantFixtures.tables()
    let category = try XCTUnwrap(tables.categories["0743"])
    XCTAssertNil(category.nameZh)
    XCTAssertEqual(category.name(.zh), category.nameEn)
  }

  func test_unlistedMcc_isNamedByItsIsoBlock() throws {
    let decoded = try MerchantFixtures.tables().decode(MerchantFixtures.number("822581056090001"))
    XCTAssertNil(decoded.category)
    XCTAssertTrue(decoded.categoryName(.en).contains("Clothing outlets"), decoded.categoryName(.en))
  }

  func test_brokenTomlFile_reportsFileAndLine() {
    XCTAssertThrowsError(
      try RegionTable(toml: "[regions.5810]\nname_zh = \"广州\nname_en = 1\n", file: "r.toml")
    ) {
      error in
      let dataError = error as? MerchantDataError
      XCTAssertEqual(dataError?.file, "r.toml")
      XCTAssertTrue(
        dataError?.place.hasPrefix("line 2") ?? false, "\(String(describing: dataError))")
    }
  }

  func test_missingFieldInTable_reportsTheKey() {
    XCTAssertThrowsError(
      try RegionTable(toml: "[regions.5810]\nname_zh = \"广州\"\n", file: "r.toml")
    ) {
      error in
      XCTAssertEqual((error as? MerchantDataError)?.place, "regions.5810.name_en")
    }
  }

  func test_codeWithWrongDigitCount_isRefused() {
    XCTAssertThrowsError(
      try AcquirerTable(toml: "[acquirers.82]\nname_zh = \"x\"\nname_en = \"x\"\n", file: "a.toml")
    ) { error in
      XCTAssertEqual((error as? MerchantDataError)?.place, "acquirers.82")
    }
  }

  func test_missingDataDirectory_saysWhichFile() {
    XCTAssertThrowsError(try MerchantCodeTables.load(directory: "/nonexistent/dir")) { error in
      XCTAssertTrue((error as? MerchantDataError)?.file.hasSuffix("acquirers.toml") ?? false)
    }
  }

  func test_countyCodeUnderAListedCity_isNamedAsNearThatCity() throws {
    let decoded = try MerchantFixtures.tables().decode(MerchantFixtures.number("836731647220005"))
    XCTAssertNil(decoded.region)
    XCTAssertEqual(decoded.regionArea?.code, "7310")
    XCTAssertTrue(decoded.regionName(.zh).hasPrefix("昆明一带"), decoded.regionName(.zh))
    XCTAssertTrue(decoded.regionName(.en).contains("near Kunming"))
  }

  func test_shippedTables_nameTheCommonCategoriesInChineseAndTheBigCities() throws {
    let tables = try MerchantFixtures.tables()
    let chinese = [
      "5411": "超市", "5812": "餐馆", "7011": "酒店", "5311": "百货", "5499": "食品店",
      "5541": "加油站",
    ]
    for (code, name) in chinese {
      XCTAssertEqual(tables.categories[code]?.nameZh, name, code)
    }
    XCTAssertTrue(tables.categories["8398"]?.nameZh?.contains("慈善") ?? false)
    XCTAssertGreaterThan(tables.categories.byCode.count, 500)
    XCTAssertEqual(tables.categories.ranges.count, 18)
    let cities = ["1000": "北京", "2900": "上海", "5810": "广州", "5840": "深圳", "6510": "成都"]
    for (code, name) in cities {
      XCTAssertEqual(tables.regions[code]?.name.zh, name, code)
    }
    XCTAssertGreaterThanOrEqual(tables.regions.byCode.count, 31)
  }
}
