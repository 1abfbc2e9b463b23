import { describe, expect, it } from "vitest";
import { loadDataset } from "../index";
import { mirrorOptions } from "./helpers";

describe("tabular loaders (real data)", () => {
  it("Titanic: 891 train rows, 342 survived; 418 test rows without labels", async () => {
    const { train, test } = await loadDataset("titanic", mirrorOptions());
    expect(train).toHaveLength(891);
    expect(train.filter((r) => r.Survived === 1)).toHaveLength(342);
    expect(train[0]).toMatchObject({
      PassengerId: 1,
      Survived: 0,
      Pclass: 3,
      Name: "Braund, Mr. Owen Harris",
      Age: 22,
    });
    expect(train.filter((r) => r.Age === null)).toHaveLength(177);
    expect(train.filter((r) => r.Embarked === null)).toHaveLength(2);
    expect(test).toHaveLength(418);
    expect(test[0]).toMatchObject({ PassengerId: 892, Age: 34.5, Fare: 7.8292 });
    expect("Survived" in (test[0] ?? {})).toBe(false);
    expect(test.filter((r) => r.Fare === null)).toHaveLength(1);
  });

  it("House Prices: 1460 × 81, mean SalePrice 180,921.20; test 1459 × 80", async () => {
    const { train, test, descriptionPath } = await loadDataset("house-prices", mirrorOptions());
    expect(train).toHaveLength(1460);
    expect(Object.keys(train[0] ?? {})).toHaveLength(81);
    const mean = train.reduce((s, r) => s + r.SalePrice, 0) / train.length;
    expect(mean.toFixed(2)).toBe("180921.20");
    expect(train.filter((r) => r.LotFrontage === null)).toHaveLength(259);
    expect(test).toHaveLength(1459);
    expect(Object.keys(test[0] ?? {})).toHaveLength(80);
    expect(descriptionPath).toMatch(/data_description\.txt$/);
  });

  it("Automobile imports-85: 205 rows × 26, 4 missing prices, '?' read as null", async () => {
    const { rows } = await loadDataset("automobile", mirrorOptions());
    expect(rows).toHaveLength(205);
    expect(Object.keys(rows[0] ?? {})).toHaveLength(26);
    expect(rows.filter((r) => r.price === null)).toHaveLength(4);
    expect(rows.filter((r) => r["normalized-losses"] === null)).toHaveLength(41);
    expect(rows[0]).toMatchObject({ symboling: 3, make: "alfa-romeo", price: 13495, "wheel-base": 88.6 });
  });

  it("Iris: 150 rows, 50 per species", async () => {
    const { rows } = await loadDataset("iris", mirrorOptions());
    expect(rows).toHaveLength(150);
    expect(rows[0]).toEqual({
      sepalLength: 5.1,
      sepalWidth: 3.5,
      petalLength: 1.4,
      petalWidth: 0.2,
      species: "setosa",
    });
    for (const s of ["setosa", "versicolor", "virginica"])
      expect(rows.filter((r) => r.species === s)).toHaveLength(50);
  });
});
