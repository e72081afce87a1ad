// Name order. "Kishida Fumio" and "Fumio Kishida" are one person: which word is the
// surname is settled first by the document itself (a later "Prime Minister Kishida"),
// then by the conventions below, then by the Western default (the last word).

/** Surnames that lead the name in Korean, Chinese and Vietnamese usage. */
export const SURNAME_FIRST = new Set((
  'Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Kwon Hwang ' +
  'Ahn Song Hong Moon Mun Yoo Yu Ko Go Bae Baek Heo Nam Noh Roh Ha Kwak Seong Cha Ju Woo Ryu Jeon Min Xi Li Wang ' +
  'Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Tang Han Feng Deng ' +
  'Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fu Zhong Lam Wong ' +
  'Ng Tan Goh Teo Koh Ong Chan Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ngo Duong Ly Hun Lao Khoo Heng'
).split(/\s+/));

/** Common given names that a name written surname-first ends with (Japanese first of all). */
export const GIVEN_NAMES = new Set((
  'Fumio Yoshihide Shinzo Shinzō Taro Tarō Junichiro Yoshiro Yoriko Shoichi Ichiro Yukio Yasuhiro Hiroshi Kunio ' +
  'Tasuku Yohei Toshimitsu Yoshimasa Hideaki Nobuo Naoto Yoshihiko Katsuya Seiji Fumiaki Taku Koichi Takeshi ' +
  'Kenji Kazuo Akira Makoto Masahiko Masayoshi Yasuo Keizo Ryutaro Tomiichi Morihiro Kiichi Toshiki Noboru ' +
  'Yasuhisa Takako Yoko Makiko Kiyoshi Shigeru Sanae Yoshitaka Kenta Yuko Yoshiko Toshihiro Hiroshige Nobuteru ' +
  'Akihiro Takashi Tetsuo Satoshi Tsuyoshi Mitsuo Haruko Kazuhiro Masato Hayato Itsunori Katsunobu Yoshimi Minoru ' +
  'Takeo Tomomi Mitsuhiro Masaaki Shunichi Hirokazu Koji Daisuke Kentaro Yusuke Keiichi Kazuyuki Jiro Saburo ' +
  'Hsien Loong Jinping Keqiang Qiang Yi Suk Yeol Jae In Geun Hye Myung Bak Moo Hyun Dae Jung Kyung Wha Chung Eui ' +
  'Tae Yong Jin Hoon'
).split(/\s+/));
